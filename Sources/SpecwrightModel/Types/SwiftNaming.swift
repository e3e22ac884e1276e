import Foundation

/// Turns wire names into idiomatic Swift identifiers.
public enum SwiftNaming {
    /// Swift keywords that must be escaped with backticks when used as identifiers.
    public static let keywords: Set<String> = [
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
        "CodingKeys", "Equatable", "Hashable", "Sendable", "Array", "Dictionary", "Optional", "Set", "Never", "Foundation",
        "Swift", "Operations", "ComponentSchemas", "DateTimeString", "UUIDString", "AnyCodingKey", "Boxed", "DecodingError",
        "SpecwrightValidation", "RawRepresentable", "CaseIterable",
    ]

    /// `customer_status` → `CustomerStatus`, `NATURAL_PERSON` → `NaturalPerson`, `2fa` → `_2fa`.
    public static func typeName(_ raw: String) -> String {
        let name = upperCamelCase(raw)
        return isReservedTypeName(name) ? name + "Schema" : name
    }

    /// A type nested in `enclosingName`: one that cannot have its own name (`type` → `Type`, the metatype;
    /// `date` → `Date`, which the members around would then mean) takes the enclosing type's name in front,
    /// as a person would write `ShippingType`.
    static func nestedTypeName(_ raw: String, in enclosingName: String) -> String {
        let name = upperCamelCase(raw)
        return isReservedTypeName(name) ? enclosingName + name : name
    }

    private static func upperCamelCase(_ raw: String) -> String {
        let name = words(raw).map(capitalized).joined()
        if name.isEmpty { return "Value" }
        return name.first!.isNumber ? "_" + name : name
    }

    private static func isReservedTypeName(_ name: String) -> Bool {
        reservedTypeNames.contains(name) || keywords.contains(name)
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
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(raw) }
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

    /// `words` for ASCII text (nearly every name in a spec), byte by byte: the same rules without the cost
    /// of `Character` and folding.
    private static func asciiWords(_ raw: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var previous: UInt8?
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        for byte in raw.utf8 {
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                previous = nil
                continue
            }
            if let previous, isLower(previous) || isDigit(previous), isUpper(byte) {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            current.append(byte)
            previous = byte
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
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

    /// An upper-case prefix is an acronym, lowered as a whole as Swift's API guidelines ask: `AULocal` →
    /// `auLocal`, `IBANNumber` → `ibanNumber`, `URLs` → `urls` (its last capital starts the next hump
    /// unless only a plural `s` follows).
    private static func lowercasedFirstWord(_ word: String) -> String {
        if word == word.uppercased() { return word.lowercased() }
        let acronymLength = word.prefix { $0.isUppercase }.count
        guard acronymLength > 1 else { return word.prefix(1).lowercased() + word.dropFirst() }
        let rest = word.dropFirst(acronymLength)
        if rest == "s" { return word.lowercased() }
        let acronym = word.prefix(acronymLength - 1)
        return acronym.lowercased() + word.dropFirst(acronymLength - 1)
    }

    /// The identifier without the backticks that escape a keyword.
    public static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// A member name as it is written in a parameter list (`init(where: String)`) or as an argument label in a
    /// call (`Input(where: value)`): there a keyword needs no backticks (Swift warns about them), except these.
    public static func parameterName(_ name: String) -> String {
        let plain = unescaped(name)
        return ["inout", "var", "let", "_"].contains(plain) ? name : plain
    }

    /// Makes names unique within one scope, in declaration order: `name`, `name2`, `name3`, ...
    public struct Scope: Sendable {
        /// Names taken before the scope began, often many and shared by many scopes (every type name of a
        /// module): kept apart from the claimed ones so that claiming never copies them.
        private let reserved: Set<String>
        private var claimed: Set<String> = []

        public init(reserved: Set<String> = []) {
            self.reserved = reserved
        }

        public func isTaken(_ name: String) -> Bool {
            contains(SwiftNaming.unescaped(name))
        }

        public mutating func claim(_ name: String) -> String {
            let bare = SwiftNaming.unescaped(name)
            var candidate = bare
            var counter = 2
            while contains(candidate) {
                candidate = bare + String(counter)
                counter += 1
            }
            claimed.insert(candidate)
            return keywords.contains(candidate) ? "`\(candidate)`" : candidate
        }

        private func contains(_ bare: String) -> Bool {
            claimed.contains(bare) || reserved.contains(bare)
        }
    }

    /// The name of a union case holding `type`: `customer` for `Customer`, `stringList` for `[String]`.
    static func unionCaseName(for type: SwiftType) -> String {
        switch type {
        case .named(let name): memberName(String(name.split(separator: ".").last ?? Substring(name)))
        case .array(let element): unescaped(unionCaseName(for: element)) + "List"
        case .dictionary(let value): unescaped(unionCaseName(for: value)) + "Map"
        case .integer: "integer"
        case .double, .float, .decimal: "number"
        case .json: "json"
        default: memberName(type.swiftName)
        }
    }
}
