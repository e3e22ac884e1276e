/// Any JSON value: what the dynamic validator checks and what generated types use for free-form fields.
///
/// Equality follows JSON Schema: numbers compare by value (`1.0 == 1`), string values by Unicode code
/// points (no canonical equivalence, unlike Swift's `String`), objects regardless of key order. Object keys
/// are `Dictionary` keys, so two keys that differ only by canonical equivalence name the same member.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The member `key` of an object, or `nil` for a missing key or a value that is not an object.
    @inlinable
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The element at `index` of an array, or `nil` when out of bounds or not an array.
    @inlinable
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var numberValue: JSONNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The value as `Int64` when it is a number that is an integer fitting exactly.
    public var int64Value: Int64? { numberValue?.int64Value }

    public var doubleValue: Double? { numberValue?.doubleValue }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The JSON type name as JSON Schema spells it: `null`, `boolean`, `number`/`integer`, `string`,
    /// `array`, `object` (`integer` for numbers that are mathematically integers).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let number): return number.isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

// MARK: - Equality

extension JSONValue {
    /// Compares without recursion (an explicit stack of pending pairs), so any nesting depth is safe;
    /// two scalars are compared directly, with no stack.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.array, .array), (.object, .object): return equalCollections(lhs, rhs)
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a.hasSameCodePoints(as: b)
        default: return false
        }
    }

    private static func equalCollections(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        var pending: [(JSONValue, JSONValue)] = [(lhs, rhs)]
        while let (left, right) = pending.popLast() {
            switch (left, right) {
            case (.null, .null): continue
            case (.bool(let a), .bool(let b)): guard a == b else { return false }
            case (.number(let a), .number(let b)): guard a == b else { return false }
            case (.string(let a), .string(let b)): guard a.hasSameCodePoints(as: b) else { return false }
            case (.array(let a), .array(let b)):
                guard a.count == b.count else { return false }
                pending.append(contentsOf: zip(a, b))
            case (.object(let a), .object(let b)):
                guard a.count == b.count else { return false }
                for (key, value) in a {
                    guard let other = b[key] else { return false }
                    pending.append((value, other))
                }
            default: return false
            }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(JSONValueDigest.digest(of: self))  // a scalar's digest needs no stack
    }
}

// MARK: - Depth

extension JSONValue {
    /// Whether arrays and objects nest more than `limit` levels (`[]` and `[1]` are one level); the walk keeps
    /// its own stack and stops at the first collection beyond the limit.
    func isNested(deeperThan limit: Int) -> Bool {
        // Each collection with the level it opens.
        var pending: [(value: JSONValue, level: Int)] = [(self, 1)]
        while let (value, level) = pending.popLast() {
            switch value {
            case .array(let elements):
                if level > limit { return true }
                for element in elements { pending.append((element, level + 1)) }
            case .object(let members):
                if level > limit { return true }
                for member in members.values { pending.append((member, level + 1)) }
            default:
                continue
            }
        }
        return false
    }
}

// MARK: - Literals

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    /// Builds an object; a repeated key keeps its last value, as JSON parsers do.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

// MARK: - Text

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text with object keys sorted, so that equal values print alike.
    public var description: String {
        var output = ""
        JSONWriter.write(self, to: &output)
        return output
    }
}

/// Serialises values as compact JSON text without recursion, so that any nesting depth is safe.
enum JSONWriter {
    private enum Step {
        case value(JSONValue)
        case text(String)
    }

    static func write(_ value: JSONValue, to output: inout String) {
        var pending: [Step] = [.value(value)]
        while let step = pending.popLast() {
            switch step {
            case .text(let text):
                output += text
            case .value(let value):
                switch value {
                case .null: output += "null"
                case .bool(let flag): output += flag ? "true" : "false"
                case .number(let number): output += number.description
                case .string(let string): writeString(string, to: &output)
                case .array(let elements):
                    output += "["
                    pending.append(.text("]"))
                    for (offset, element) in elements.enumerated().reversed() {
                        pending.append(.value(element))
                        if offset > 0 { pending.append(.text(",")) }
                    }
                case .object(let members):
                    output += "{"
                    pending.append(.text("}"))
                    let keys = members.keys.sorted()
                    for (offset, key) in keys.enumerated().reversed() {
                        pending.append(.value(members[key]!))
                        var prefix = offset > 0 ? "," : ""
                        writeString(key, to: &prefix)
                        pending.append(.text(prefix + ":"))
                    }
                }
            }
        }
    }

    static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension String {
    /// JSON string equality: the same code points (Swift's `==` also equates canonically equivalent
    /// strings, which JSON does not). Compares lengths first, then bytes.
    @inline(__always)
    func hasSameCodePoints(as other: String) -> Bool {
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        // Native and small strings lend their bytes: compare them as memory; others byte by byte.
        let compared = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                for index in 0..<count where mine[index] != theirs[index] { return false }
                return true
            }
        }
        if let compared = compared ?? nil { return compared }
        return utf8.elementsEqual(other.utf8)
    }
}
