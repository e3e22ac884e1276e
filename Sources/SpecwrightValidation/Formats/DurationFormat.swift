/// The `duration` format: an ISO 8601 duration as RFC 3339 appendix A defines it.
///
/// `P` then either weeks alone (`P2W`), or date elements, a time part, or both: date elements are a
/// contiguous run of `Y`, `M`, `D` in that order (`P1Y2M`, `P1M2D`, but not `P1Y2D`); the time part is `T`
/// and a contiguous run of `H`, `M`, `S` (`PT1H30M`, not `PT1H2S`). Each element is one or more ASCII
/// digits and its designator; no fractions, signs or lowercase.
enum DurationFormat {
    static func isValid(_ value: String) -> Bool {
        value.withUTF8Bytes(isValid)
    }

    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var utf8 = ByteCursor(bytes)
        guard utf8.next() == UInt8(ascii: "P") else { return false }
        var inTime = false
        var sawWeek = false
        var elementCount = 0  // in the current part (date or time)
        var lastIndex = -1  // position of the last designator in its run
        var hasDigits = false
        var hasAnyElement = false
        while let byte = utf8.next() {
            if byte &- UInt8(ascii: "0") < 10 {
                hasDigits = true
                continue
            }
            if byte == UInt8(ascii: "T") {
                guard !inTime, !hasDigits, !sawWeek else { return false }
                inTime = true
                elementCount = 0
                lastIndex = -1
                continue
            }
            guard hasDigits, !sawWeek else { return false }
            hasDigits = false
            if byte == UInt8(ascii: "W") {
                guard !inTime, !hasAnyElement else { return false }
                sawWeek = true
                hasAnyElement = true
                continue
            }
            guard let index = designatorIndex(byte, inTime: inTime), elementCount == 0 || index == lastIndex + 1
            else { return false }
            lastIndex = index
            elementCount += 1
            hasAnyElement = true
        }
        // Digits without a designator, or a `T` without time elements, are incomplete.
        return hasAnyElement && !hasDigits && !(inTime && elementCount == 0)
    }

    /// The position of a designator in its part's run: `Y M D` for dates, `H M S` for times.
    private static func designatorIndex(_ byte: UInt8, inTime: Bool) -> Int? {
        switch (inTime, byte) {
        case (false, UInt8(ascii: "Y")), (true, UInt8(ascii: "H")): 0
        case (_, UInt8(ascii: "M")): 1
        case (false, UInt8(ascii: "D")), (true, UInt8(ascii: "S")): 2
        default: nil
        }
    }
}
