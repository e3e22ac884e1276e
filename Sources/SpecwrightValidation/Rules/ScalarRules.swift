/// The rules of a schema that only constrains a single value (`type`, `enum`, `const`, lengths, `pattern`,
/// `format`, bounds, `multipleOf`), written once as a `static let` and checked in one call: most properties
/// of real specs are such leaves (`{type: string, maxLength: 5000}`), and one call per property keeps
/// generated code short and quick to compile.
///
/// ```swift
/// static let payoutIban = ScalarRules(at: "#/components/schemas/Payout/properties/iban", type: .string,
///                                     maxLength: 34, format: FormatRegistry.checker(for: "iban")!)
/// ```
///
/// Each issue's schema location is `at` followed by the keyword (`.../iban/maxLength`).
///
/// A class, so that a check is handed one reference to its rules, not a copy of every field.
public final class ScalarRules: Sendable {
    public let location: String
    let type: JSONTypes?
    let typeNames: String
    let values: Set<JSONValue>?
    let constant: JSONValue?
    let minLength: Int?
    let maxLength: Int?
    let pattern: ECMARegex?
    let format: FormatChecker?
    let minimum: (kind: NumericBound, limit: JSONNumber, code: ValidationIssue.Code)?
    let maximum: (kind: NumericBound, limit: JSONNumber, code: ValidationIssue.Code)?
    let divisor: ExactDivisor?
    /// OpenAPI 3.0's `nullable: true`: `null` passes every rule.
    let acceptsNull: Bool
    /// Each keyword's location, built once here rather than on every check.
    let keywordLocations: KeywordLocations
    /// `values` when they are a few strings: looked up by comparing bytes, with no hashing.
    let fewStrings: [String]?
    /// Whether every string passes these rules but for `format`: no enum, const, length or pattern.
    let admitsEveryStringButForFormat: Bool

    struct KeywordLocations: Sendable {
        let type, values, constant, minLength, maxLength, pattern, format, minimum, maximum, multipleOf: String
    }

    public init(
        at location: String, type: JSONTypes? = nil, typeNames: String = "", values: Set<JSONValue>? = nil, constant: JSONValue? = nil,
        minLength: Int? = nil, maxLength: Int? = nil, pattern: ECMARegex? = nil, format: FormatChecker? = nil,
        minimum: (NumericBound, JSONNumber, code: ValidationIssue.Code)? = nil, maximum: (NumericBound, JSONNumber, code: ValidationIssue.Code)? = nil,
        multipleOf divisor: ExactDivisor? = nil, acceptsNull: Bool = false
    ) {
        self.location = location
        self.type = type
        self.typeNames = typeNames
        self.values = values
        self.constant = constant
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.format = format
        self.minimum = minimum.map { (kind: $0.0, limit: $0.1, code: $0.code) }
        self.maximum = maximum.map { (kind: $0.0, limit: $0.1, code: $0.code) }
        self.divisor = divisor
        self.acceptsNull = acceptsNull
        fewStrings = values.flatMap { values in
            let strings = values.compactMap { value -> String? in if case .string(let string) = value { string } else { nil } }
            return strings.count == values.count && strings.count <= 16 ? strings : nil
        }
        admitsEveryStringButForFormat =
            values == nil && constant == nil && minLength == nil && maxLength == nil && pattern == nil && (type?.contains(.string) ?? true)
        keywordLocations = KeywordLocations(
            type: location + "/type", values: location + "/enum", constant: location + "/const", minLength: location + "/minLength",
            maxLength: location + "/maxLength", pattern: location + "/pattern", format: location + "/format",
            minimum: location + "/" + (minimum?.code.rawValue ?? "minimum"), maximum: location + "/" + (maximum?.code.rawValue ?? "maximum"),
            multipleOf: location + "/multipleOf")
    }
}

extension JSONValidationContext {
    /// Checks `value` against every rule of `rules`.
    public mutating func check(_ value: JSONValue, _ rules: ScalarRules) -> Bool {
        if rules.acceptsNull, case .null = value { return true }
        var valid = true
        if let types = rules.type { valid = type(value, types, rules.typeNames, at: rules.keywordLocations.type) && valid }
        if let values = rules.values {
            if let strings = rules.fewStrings, case .string(let string) = value {
                if !strings.contains(where: { $0.hasSameCodePoints(as: string) }) { valid = enumeration(value, values, at: rules.keywordLocations.values) && valid }
            } else {
                valid = enumeration(value, values, at: rules.keywordLocations.values) && valid
            }
        }
        if let expected = rules.constant { valid = constant(value, expected, at: rules.keywordLocations.constant) && valid }
        switch value {
        case .string(let string):
            if let limit = rules.minLength { valid = minLength(string, limit, at: rules.keywordLocations.minLength) && valid }
            if let limit = rules.maxLength { valid = maxLength(string, limit, at: rules.keywordLocations.maxLength) && valid }
            if let regex = rules.pattern { valid = pattern(string, regex, at: rules.keywordLocations.pattern) && valid }
            if let checker = rules.format { valid = format(string, checker, at: rules.keywordLocations.format) && valid }
        case .number(let number):
            if let (kind, limit, code) = rules.minimum { valid = bound(number, kind, limit, code: code, at: rules.keywordLocations.minimum) && valid }
            if let (kind, limit, code) = rules.maximum { valid = bound(number, kind, limit, code: code, at: rules.keywordLocations.maximum) && valid }
            if let divisor = rules.divisor { valid = multipleOf(number, divisor, at: rules.keywordLocations.multipleOf) && valid }
        default:
            break
        }
        return valid
    }

    /// Checks the member `key`, when present, against `rules`, at the member's location.
    public mutating func member(_ key: String, of members: [String: JSONValue], _ rules: ScalarRules) -> Bool {
        guard let value = members[key] else { return true }
        return checking(key) { $0.check(value, rules) }
    }

    /// Checks the member `key`, when present, with `check` (a type's or a `$ref` target's validator).
    public mutating func member(_ key: String, of members: [String: JSONValue], _ check: JSONCheck) -> Bool {
        guard let value = members[key] else { return true }
        return checking(key) { check(value, &$0) }
    }
}
