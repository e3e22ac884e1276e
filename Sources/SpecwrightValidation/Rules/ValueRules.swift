/// The JSON types a schema's `type` allows.
public struct JSONTypes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let null = JSONTypes(rawValue: 1 << 0)
    public static let boolean = JSONTypes(rawValue: 1 << 1)
    public static let object = JSONTypes(rawValue: 1 << 2)
    public static let array = JSONTypes(rawValue: 1 << 3)
    public static let number = JSONTypes(rawValue: 1 << 4)
    /// A number with an integral value (`1.0` counts, as JSON Schema says).
    public static let integer = JSONTypes(rawValue: 1 << 5)
    public static let string = JSONTypes(rawValue: 1 << 6)
    public static let any: JSONTypes = [.null, .boolean, .object, .array, .number, .integer, .string]

    /// Whether `value` has one of these types.
    public func admits(_ value: JSONValue) -> Bool {
        switch value {
        case .null: contains(.null)
        case .bool: contains(.boolean)
        case .string: contains(.string)
        case .object: contains(.object)
        case .array: contains(.array)
        case .number(let number): contains(.number) || (contains(.integer) && number.isInteger)
        }
    }
}

extension JSONValidationContext {
    /// `type`: `names` is how the schema writes the types (`"string or null"`).
    public mutating func type(_ value: JSONValue, _ allowed: JSONTypes, _ names: String, at schemaLocation: String) -> Bool {
        if allowed.admits(value) { return true }
        report("type", at: schemaLocation, "expected \(names) but found \(value.typeName): \(value.abbreviatedDescription)")
        return false
    }

    /// `enum`, with JSON equality (`1.0 == 1`, strings by code points, objects in any key order).
    public mutating func enumeration(_ value: JSONValue, _ allowed: Set<JSONValue>, at schemaLocation: String) -> Bool {
        if allowed.contains(value) { return true }
        report("enum", at: schemaLocation, "\(value.abbreviatedDescription) is not one of the allowed values")
        return false
    }

    /// `const`.
    public mutating func constant(_ value: JSONValue, _ expected: JSONValue, at schemaLocation: String) -> Bool {
        if value == expected { return true }
        report("const", at: schemaLocation, "\(value.abbreviatedDescription) is not the required value \(expected.abbreviatedDescription)")
        return false
    }

    /// The `false` schema, held by the keyword `code` (e.g. `items`, `not`, `false` at a root).
    public mutating func nothingAllowed(_ code: ValidationIssue.Code, at schemaLocation: String) -> Bool {
        report(code, at: schemaLocation, "no value is allowed here (the schema is false)")
        return false
    }
}
