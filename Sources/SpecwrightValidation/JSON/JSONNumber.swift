/// A JSON number that keeps integers exact and compares by mathematical value, so `1.0 == 1`.
///
/// Integers that fit in `Int64` are stored as such; integer literals beyond that keep their decimal digits;
/// everything else is a `Double`. Equality, hashing and ordering all follow the numeric value.
public struct JSONNumber: Sendable, Hashable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral
{
    @usableFromInline
    enum Storage: Sendable {
        case integer(Int64)
        case double(Double)
        /// An integer literal outside `Int64`: optional `-` followed by decimal digits, no leading zeros.
        case bigInteger(String)
    }

    @usableFromInline
    let storage: Storage

    @inlinable
    public init(_ value: Int64) { storage = .integer(value) }

    @inlinable
    public init(_ value: Int) { storage = .integer(Int64(value)) }

    /// A floating-point number. It compares equal to an integer of the same value.
    @inlinable
    public init(_ value: Double) { storage = .double(value) }

    public init(integerLiteral value: Int64) { storage = .integer(value) }

    public init(floatLiteral value: Double) { storage = .double(value) }

    /// Parses the text of a JSON number (RFC 8259 grammar), or returns `nil` when it is not one.
    public init?(_ text: String) {
        var text = text
        let parsed: JSONNumber? = text.withUTF8 { JSONNumber(jsonBytes: $0) }
        guard let parsed else { return nil }
        self = parsed
    }

    /// Builds a number from bytes that match the JSON number grammar; `nil` if they do not, or if the value
    /// lies outside what a `Double` can tell apart from infinity or zero (`1e400`, `1e-400`): reading those
    /// as `inf` or `0` would change what the payload says.
    init?(jsonBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let shape = NumberShape(bytes) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        if shape.isInteger, let value = Self.parseInt64(bytes) {
            storage = .integer(value)
            return
        }
        guard let value = Double(text), value.isFinite, value != 0 || !shape.hasNonZeroDigit else { return nil }
        storage = shape.isInteger ? .bigInteger(text) : .double(value)
    }

    /// Why `text` is not a number `init?(_:)` accepts: `nil` when it is one.
    public static func problem(withText text: String) -> String? {
        guard JSONNumber(text) == nil else { return nil }
        var text = text
        guard let shape = text.withUTF8({ NumberShape($0) }) else { return "invalid number '\(text)'" }
        if shape.hasNonZeroDigit, Double(text) == 0 {
            return "the number \(text) is too close to zero for a 64-bit float (it would read as 0)"
        }
        return "the number \(text) is beyond the range of a 64-bit float (about ±1.8e308)"
    }

    /// Accumulates digits with overflow checks; `nil` when the value does not fit.
    private static func parseInt64(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = Int64(bytes[index] &- UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative
                ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = next
            index += 1
        }
        return value
    }

    // MARK: Views

    /// The value as `Int64` when it is an integer that fits exactly (`2.0` gives `2`).
    public var int64Value: Int64? {
        switch storage {
        case .integer(let value): return value
        case .double(let value): return Int64(exactly: value)
        case .bigInteger: return nil
        }
    }

    /// The nearest `Double` (exact for most values; big integers and long decimals round).
    public var doubleValue: Double {
        switch storage {
        case .integer(let value): return Double(value)
        case .double(let value): return value
        case .bigInteger(let digits): return Double(digits) ?? .nan
        }
    }

    /// Whether the value is mathematically an integer (`1.0` is; JSON Schema 2020-12 and draft 6+ semantics).
    public var isInteger: Bool {
        switch storage {
        case .integer, .bigInteger: return true
        case .double(let value): return value.isFinite && value.rounded(.towardZero) == value
        }
    }

    /// Whether the number was written without a fraction or exponent (draft 4 `integer` semantics).
    public var isIntegerLiteral: Bool {
        switch storage {
        case .integer, .bigInteger: return true
        case .double: return false
        }
    }

    // MARK: Equality, hashing, ordering

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.integer(let a), .integer(let b)): return a == b
        case (.bigInteger(let a), .bigInteger(let b)): return a == b
        case (.integer(let a), .double(let b)), (.double(let b), .integer(let a)):
            return Int64(exactly: b) == a
        case (.bigInteger, .integer), (.integer, .bigInteger): return false
        default: return lhs.doubleValue == rhs.doubleValue
        }
    }

    public func hash(into hasher: inout Hasher) {
        // Equal values must hash alike: integral values hash as Int64, the rest by their Double.
        if let integer = int64Value {
            hasher.combine(integer)
        } else {
            hasher.combine(doubleValue)
        }
    }

    public static func < (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.integer(let a), .integer(let b)): return a < b
        case (.integer(let a), .double(let b)): return Self.compare(a, b) < 0
        case (.double(let a), .integer(let b)): return Self.compare(b, a) > 0
        // A big integer lies outside Int64, so its sign alone orders it against one.
        case (.bigInteger(let a), .integer): return a.hasPrefix("-")
        case (.integer, .bigInteger(let b)): return !b.hasPrefix("-")
        default: return lhs.doubleValue < rhs.doubleValue
        }
    }

    /// Exact three-way comparison of an integer with a double (converting either side could round).
    @usableFromInline
    static func compare(_ integer: Int64, _ double: Double) -> Int {
        if double.isNaN { return 0 }
        if double >= 9_223_372_036_854_775_808.0 { return -1 }
        if double < -9_223_372_036_854_775_808.0 { return 1 }
        let truncated = Int64(double.rounded(.towardZero))
        if integer < truncated { return -1 }
        if integer > truncated { return 1 }
        let fraction = double - double.rounded(.towardZero)
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// JSON text of the number: integers without a fraction, doubles in their shortest round-trip form.
    public var description: String {
        switch storage {
        case .integer(let value): return String(value)
        case .bigInteger(let digits): return digits
        case .double(let value):
            if let integer = Int64(exactly: value) { return String(integer) }
            return value.description
        }
    }
}

/// Checks the RFC 8259 number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
struct NumberShape {
    let isInteger: Bool
    /// Whether a digit of the significand (before the exponent) is not `0`.
    let hasNonZeroDigit: Bool

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        func isDigit(_ i: Int) -> Bool { i < count && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") }
        if index < count && bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return nil }
        var nonZero = false
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) {
                nonZero = nonZero || bytes[index] != UInt8(ascii: "0")
                index += 1
            }
        }
        var integer = true
        if index < count && bytes[index] == UInt8(ascii: ".") {
            integer = false
            index += 1
            guard isDigit(index) else { return nil }
            while isDigit(index) {
                nonZero = nonZero || bytes[index] != UInt8(ascii: "0")
                index += 1
            }
        }
        if index < count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
            integer = false
            index += 1
            if index < count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
            guard isDigit(index) else { return nil }
            while isDigit(index) { index += 1 }
        }
        guard index == count else { return nil }
        isInteger = integer
        hasNonZeroDigit = nonZero
    }
}
