import Foundation

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? container.decode(Int64.self) {
            self = .number(JSONNumber(integer))
        } else if let double = try? container.decode(Double.self) {
            self = .number(JSONNumber(double))
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let elements = try? container.decode([JSONValue].self) {
            self = .array(elements)
        } else if let members = try? container.decode([String: JSONValue].self) {
            self = .object(members)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a JSON value (null, boolean, number, string, array or object)")
        }
    }

    /// The deepest value `encode(to:)` writes, counting the levels of the values around it. Encoders recurse once per level (Foundation's `JSONEncoder`
    /// refuses a 512th nested array or object, and overflows the stack a few thousand levels down before it says so), so
    /// deeper values are an `EncodingError` before the encoder sees them.
    public static let maximumEncodingDepth = 511

    /// Set while a value whose depth was checked is being encoded, so that its members are not checked again
    /// (which would make encoding quadratic in the depth).
    @TaskLocal private static var isEncodingCheckedValue = false

    public func encode(to encoder: any Encoder) throws {
        if Self.isEncodingCheckedValue || (arrayValue == nil && objectValue == nil) {
            return try encodeLevel(to: encoder)
        }
        // The levels around this value (a struct holding it, say) count towards the encoder's limit too.
        if isNested(deeperThan: Self.maximumEncodingDepth - encoder.codingPath.count) {
            throw EncodingError.invalidValue(
                "a JSON value nested more than \(Self.maximumEncodingDepth) levels deep",
                EncodingError.Context(
                    codingPath: encoder.codingPath,
                    debugDescription: "JSON values nested deeper than \(Self.maximumEncodingDepth) levels cannot be encoded"))
        }
        try Self.$isEncodingCheckedValue.withValue(true) { try encodeLevel(to: encoder) }
    }

    private func encodeLevel(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let flag): try container.encode(flag)
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        case .array(let elements): try container.encode(elements)
        case .object(let members): try container.encode(members)
        }
    }
}

extension JSONNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int64.self) {
            self.init(integer)
        } else {
            self.init(try container.decode(Double.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch storage {
        case .integer(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .bigInteger(let digits):
            // Decimal keeps up to 38 digits exactly; JSONEncoder writes it as a plain number.
            if let decimal = Decimal(string: digits) {
                try container.encode(decimal)
            } else {
                try container.encode(doubleValue)
            }
        }
    }
}
