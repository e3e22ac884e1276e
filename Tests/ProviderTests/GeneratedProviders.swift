import Aquanow
import BankLingo
import Prozora
import Tradevest
import SpecwrightValidation
import Upvest

/// The generated provider modules under test, with their component schema → Swift type index.
enum GeneratedProviders {
    static let componentTypes: [String: [String: any (Codable & Sendable).Type]] = [
        "Tradevest": Tradevest.ComponentSchemas.types,
        "Aquanow": Aquanow.ComponentSchemas.types,
        "Upvest": Upvest.ComponentSchemas.types,
        "Prozora": Prozora.ComponentSchemas.types,
        "BankLingo": BankLingo.ComponentSchemas.types,
    ]

    /// The generated validator of every component schema, by provider and schema name.
    static let validators: [String: [String: JSONCheck]] = [
        "Tradevest": Tradevest.ComponentSchemas.validators,
        "Aquanow": Aquanow.ComponentSchemas.validators,
        "Upvest": Upvest.ComponentSchemas.validators,
        "Prozora": Prozora.ComponentSchemas.validators,
        "BankLingo": BankLingo.ComponentSchemas.validators,
    ]

    static let names = componentTypes.keys.sorted()
}
