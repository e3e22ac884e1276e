import Aquanow
import BankLingo
import Prozora
import Tradevest
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

    static let names = componentTypes.keys.sorted()
}
