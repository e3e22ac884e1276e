import Foundation

/// Turns wire names into idiomatic Swift identifiers.
public enum SwiftNaming {
    /// Swift keywords that must be escaped with backticks when used as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "Type", "Protocol",
    ]

    /// Type names the generated code itself refers to; a schema with one of these names gets a suffix
    /// so that, e.g., a schema called `Date` cannot shadow `Foundation.Date` in the generated module.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Decimal", "Bool", "Date", "UUID", "Data", "URL",
        "CalendarDate", "JSONValue", "Codable", "Decodable", "Encodable", "Decoder", "Encoder", "CodingKey",
        "CodingKeys", "Hashable", "Sendable", "Array", "Dictionary", "Optional", "Set", "Never", "Foundation",
        "Swift", "Operations", "ComponentSchemas", "DateTimeString", "UUIDString", "AnyCodingKey", "Boxed", "DecodingError",
        "SpecwrightValidation", "RawRepresentable", "CaseIterable",
    ]

    /// `customer_status` → `CustomerStatus`, `NATURAL_PERSON` → `NaturalPerson`, `2fa` → `_2fa`.
    public static func typeName(_ raw: String) -> String {
        var name = words(raw).map(capitalized).joined()
        if name.isEmpty { name = "Value" }
        if name.first!.isNumber { name = "_" + name }
        if reservedTypeNames.contains(name) || keywords.contains(name) { name += "Schema" }
        return name
    }

    /// Names that even backticks cannot make usable after a dot: `value.self` is the value itself and
    /// `Type.init` its initializer, so a member called `self` could never be read as `link.self`.
    static let unreachableMemberNames: Set<String> = ["self", "init"]

    /// `customer_status` → `customerStatus`, `Requestor-ID` → `requestorID`; keywords get backticks,
    /// and `self` / `init` an underscore (`_self`).
    public static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let first = parts.first else { return "value" }
        var name = lowercasedFirstWord(first) + parts.dropFirst().map(capitalized).joined()
        if name.first!.isNumber || unreachableMemberNames.contains(name) { name = "_" + name }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Splits on anything that is not a letter or digit, and at lower-to-upper case changes.
    static func words(_ raw: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character?
        for character in raw {
            guard character.isLetter || character.isNumber, character.isASCII || character.isLetter else {
                if !current.isEmpty { result.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, previous.isLowercase || previous.isNumber, character.isUppercase {
                result.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { result.append(current) }
        return result.map(asciiOnly).filter { !$0.isEmpty }
    }

    /// Swift allows Unicode letters in identifiers, but generated code should be typeable: fold accents
    /// (`é` → `e`) and drop what is left outside ASCII.
    private static func asciiOnly(_ word: String) -> String {
        let folded = word.folding(options: .diacriticInsensitive, locale: nil)
        return String(folded.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
    }

    /// An all-caps word is an acronym or SCREAMING_CASE: `ID` → `Id` inside a name keeps humps readable.
    private static func capitalized(_ word: String) -> String {
        let isAllCaps = word == word.uppercased()
        let body = isAllCaps ? word.lowercased() : word
        return body.prefix(1).uppercased() + body.dropFirst()
    }

    private static func lowercasedFirstWord(_ word: String) -> String {
        if word == word.uppercased() { return word.lowercased() }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    /// Makes names unique within one scope, in declaration order: `name`, `name2`, `name3`, ...
    struct Scope {
        private var taken: Set<String>

        init(reserved: Set<String> = []) {
            taken = reserved
        }

        mutating func claim(_ name: String) -> String {
            let bare = name.trimmingCharacters(in: ["`"])
            var candidate = bare
            var counter = 2
            while taken.contains(candidate) {
                candidate = bare + String(counter)
                counter += 1
            }
            taken.insert(candidate)
            return keywords.contains(candidate) ? "`\(candidate)`" : candidate
        }
    }
}
