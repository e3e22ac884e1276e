/// A `multipleOf` divisor, prepared once: exact for decimal divisors such as `0.01` (no binary
/// floating-point remainder), integer arithmetic for integers.
///
/// ```swift
/// static let cents = ExactDivisor(JSONNumber("0.01")!)
/// cents.divides(JSONNumber("10.25")!)  // true; with Double, 10.25 / 0.01 is 1024.9999999999998
/// ```
public struct ExactDivisor: Sendable {
    public let value: JSONNumber
    private let decimal: (mantissa: UInt64, exponent: Int)?
    private let integer: Int64?

    public init(_ value: JSONNumber) {
        self.value = value
        self.integer = value.int64Value
        if let digits = DecimalDigits(value), let mantissa = digits.smallMantissa {
            decimal = (mantissa, digits.exponent)
        } else {
            decimal = nil
        }
    }

    /// Whether `number` is an integer multiple of the divisor.
    public func divides(_ number: JSONNumber) -> Bool {
        if let integer, integer != 0, let dividend = number.int64Value {
            return dividend.remainderReportingOverflow(dividingBy: integer).partialValue == 0
        }
        if let decimal, let dividend = DecimalDigits(number) {
            return dividend.isMultiple(ofMantissa: decimal.mantissa, exponent: decimal.exponent)
        }
        // Divisors beyond 19 significant digits: fall back to floating point.
        let quotient = number.doubleValue / value.doubleValue
        return quotient.isFinite && quotient == quotient.rounded()
    }
}

/// A non-negative decimal `digits × 10^exponent` with no trailing zeros in `digits`, taken from a number's
/// shortest decimal form.
struct DecimalDigits: Sendable {
    /// Significant decimal digits, most significant first (values 0...9); empty for zero.
    var digits: [UInt8]
    var exponent: Int

    init?(_ number: JSONNumber) {
        // `description` is the shortest text that reads back as the same number.
        var text = number.description
        if text.hasPrefix("-") { text.removeFirst() }
        digits = []
        exponent = 0
        var seenPoint = false
        var utf8 = text.utf8[...]
        while let byte = utf8.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: ".") {
                seenPoint = true
                continue
            }
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            if digits.isEmpty && digit == 0 {
                if seenPoint { exponent -= 1 }
                continue
            }
            digits.append(digit)
            if seenPoint { exponent -= 1 }
        }
        if !utf8.isEmpty {
            guard let power = Int(String(decoding: utf8.dropFirst(), as: UTF8.self)) else { return nil }
            exponent += power
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
    }

    /// The digits as one integer when there are at most 19 of them.
    var smallMantissa: UInt64? {
        guard digits.count <= 19 else { return nil }
        return digits.reduce(0) { $0 * 10 + UInt64($1) }
    }

    /// Whether this value is an integer multiple of `mantissa × 10^divisorExponent` (mantissa without
    /// trailing zeros).
    func isMultiple(ofMantissa mantissa: UInt64, exponent divisorExponent: Int) -> Bool {
        if digits.isEmpty { return true }
        guard mantissa != 0 else { return false }
        // The digits have no trailing zero, so they cannot be divisible by a positive power of ten.
        guard exponent >= divisorExponent else { return false }
        var remainder: UInt64 = 0
        for digit in digits {
            remainder = Self.multiplyAdd(remainder, 10, UInt64(digit), modulo: mantissa)
        }
        var shift = exponent - divisorExponent
        while shift > 0 && remainder != 0 {
            remainder = Self.multiplyAdd(remainder, 10, 0, modulo: mantissa)
            shift -= 1
        }
        return remainder == 0
    }

    /// `(a × b + c) mod m` without overflow.
    private static func multiplyAdd(_ a: UInt64, _ b: UInt64, _ c: UInt64, modulo m: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        let (low, carry) = product.low.addingReportingOverflow(c)
        let high = product.high &+ (carry ? 1 : 0)
        return m.dividingFullWidth((high % m, low)).remainder
    }
}
