/// Resolves untagged plain scalars the way YAML 1.2's core schema does (JSON's data model), not YAML 1.1.
///
/// So `YES`, `no`, `on`, `off` stay strings (an enum of `YES`/`NO` means what it says), and so do dates and times
/// such as `2021-01-01` or `12:30`, sexagesimal numbers like `1:20`, and `0b101`. Quoted scalars never reach here.
enum CoreSchema {
    /// The value of a plain scalar whose UTF-8 bytes are `text`.
    static func resolve(_ text: UnsafeBufferPointer<UInt8>) -> Node.Value {
        guard let first = text.first else { return .null }
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            if isNull(text) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let bool = bool(text) { return .bool(bool) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            if let number = number(text) { return .number(number) }
        default:
            break
        }
        return .string(String(decoding: text, as: UTF8.self))
    }

    static func isNull(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.isEmpty || matches(text, any: ["~", "null", "Null", "NULL"])
    }

    static func bool(_ text: UnsafeBufferPointer<UInt8>) -> Bool? {
        if matches(text, any: ["true", "True", "TRUE"]) { return true }
        if matches(text, any: ["false", "False", "FALSE"]) { return false }
        return nil
    }

    /// A number in any of the core schema's spellings: decimal, `0o17`, `0x1F`, floats, `.inf`, `.nan`.
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> NumberLiteral? {
        let string = String(decoding: text, as: UTF8.self)
        return specialFloat(string) ?? radixInteger(string) ?? decimal(text)
    }

    private static func matches(_ text: UnsafeBufferPointer<UInt8>, any candidates: [StaticString]) -> Bool {
        candidates.contains { candidate in
            candidate.utf8CodeUnitCount == text.count
                && candidate.withUTF8Buffer { $0.elementsEqual(text) }
        }
    }

    private static func specialFloat(_ string: String) -> NumberLiteral? {
        switch string {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF":
            return NumberLiteral(literal: ".inf", integerValue: nil, doubleValue: .infinity)
        case "-.inf", "-.Inf", "-.INF":
            return NumberLiteral(literal: "-.inf", integerValue: nil, doubleValue: -.infinity)
        case ".nan", ".NaN", ".NAN":
            return NumberLiteral(literal: ".nan", integerValue: nil, doubleValue: .nan)
        default:
            return nil
        }
    }

    /// `0o17` and `0x1F`, normalised to decimal.
    private static func radixInteger(_ string: String) -> NumberLiteral? {
        let radix: Int
        if string.hasPrefix("0x") {
            radix = 16
        } else if string.hasPrefix("0o") {
            radix = 8
        } else {
            return nil
        }
        guard let value = UInt64(string.dropFirst(2), radix: radix) else { return nil }
        return NumberLiteral(literal: String(value), integerValue: Int64(exactly: value), doubleValue: Double(value))
    }

    /// Whether `text` has the shape of a decimal number that a `Double` cannot hold (`1e400`, `1e-400`).
    static func isOutOfDoubleRange(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        !text.isEmpty && decimal(text) == nil && decimal(text, checkingRange: false) != nil
    }

    /// Whether a digit before the exponent is not `0`.
    private static func hasNonZeroDigit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in text {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { return false }
            if (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte) { return true }
        }
        return false
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, rewritten as a JSON number literal
    /// (`+1` → `1`, `007` → `7`, `.5` → `0.5`, `1.` → `1.0`); JSON's own spellings are kept as written.
    private static func decimal(_ text: UnsafeBufferPointer<UInt8>, checkingRange: Bool = true) -> NumberLiteral? {
        var index = 0
        func digits() -> Range<Int> {
            let start = index
            while index < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[index]) { index += 1 }
            return start..<index
        }
        let isNegative = text[0] == UInt8(ascii: "-")
        if isNegative || text[0] == UInt8(ascii: "+") { index = 1 }
        let integerDigits = digits()
        var fractionDigits: Range<Int>?
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = digits()
        }
        guard !integerDigits.isEmpty || !(fractionDigits ?? 0..<0).isEmpty else { return nil }
        var exponent: Range<Int>?
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            let start = index + 1
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") { index += 1 }
            guard !digits().isEmpty else { return nil }
            exponent = start..<index
        }
        guard index == text.count else { return nil }

        func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
        var integerPart = string(integerDigits).drop { $0 == "0" }
        if integerPart.isEmpty { integerPart = "0" }
        let sign = isNegative ? "-" : ""
        var literal = sign + integerPart
        if let fractionDigits {
            literal += "." + (fractionDigits.isEmpty ? "0" : string(fractionDigits))
        }
        if let exponent {
            // The exponent letter and sign are kept as written.
            literal += string(exponent.lowerBound - 1..<exponent.upperBound)
        }
        // `1e400` and `1e-400` would read as infinity and 0: not the number written, so not a number.
        guard let double = Double(literal),
              !checkingRange || (double.isFinite && (double != 0 || !hasNonZeroDigit(text))) else { return nil }

        let integerValue: Int64?
        if exponent == nil {
            // Parsed from the digits, so exact even where a Double would round (e.g. 9007199254740993.0).
            let fractionIsZero = fractionDigits.map { $0.allSatisfy { text[$0] == UInt8(ascii: "0") } } ?? true
            integerValue = fractionIsZero ? Int64(sign + integerPart) : nil
        } else {
            integerValue = double.rounded(.towardZero) == double ? Int64(exactly: double) : nil
        }
        return NumberLiteral(literal: literal, integerValue: integerValue, doubleValue: double)
    }
}
