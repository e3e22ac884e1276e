/// A set of Unicode code points, kept as sorted, disjoint, non-adjacent closed ranges.
///
/// Code points rather than `Unicode.Scalar`s, because a pattern may name a lone surrogate (`\uD800`), which
/// belongs in a class but can never match a Swift string.
struct CodePointSet: Hashable, Sendable {
    static let maxCodePoint: UInt32 = 0x10FFFF

    /// Sorted, disjoint and non-adjacent.
    private(set) var ranges: [ClosedRange<UInt32>]

    init() { ranges = [] }

    init(_ codePoint: UInt32) { ranges = [codePoint...codePoint] }

    init<S: Sequence>(ranges unsorted: S) where S.Element == ClosedRange<UInt32> {
        ranges = Self.normalized(Array(unsorted))
    }

    static let all = CodePointSet(ranges: [0...maxCodePoint])

    func inverted() -> CodePointSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            if range.upperBound == Self.maxCodePoint { return CodePointSet(sortedRanges: result) }
            next = range.upperBound + 1
        }
        result.append(next...Self.maxCodePoint)
        return CodePointSet(sortedRanges: result)
    }

    private init(sortedRanges: [ClosedRange<UInt32>]) { ranges = sortedRanges }

    private static func normalized(_ input: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        let sorted = input.sorted { $0.lowerBound < $1.lowerBound }
        var result: [ClosedRange<UInt32>] = []
        result.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = result.last, range.lowerBound <= last.upperBound &+ 1 {
                if range.upperBound > last.upperBound {
                    result[result.count - 1] = last.lowerBound...range.upperBound
                }
            } else {
                result.append(range)
            }
        }
        return result
    }
}

extension CodePointSet {
    /// `\d`: ASCII digits only (ECMA-262, unlike ICU and most other engines).
    static let digits = CodePointSet(ranges: [0x30...0x39])

    /// `\w`: `[A-Za-z0-9_]` (ECMA-262 without the `i` flag).
    static let wordCharacters = CodePointSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])

    /// ECMA-262 LineTerminator: LF, CR, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    static let lineTerminators = CodePointSet(ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029])

    /// `\s`: ECMA-262 WhiteSpace (TAB, VT, FF, ZWNBSP and every Zs) plus LineTerminator.
    static let whitespace = CodePointSet(ranges: [
        0x09...0x0D,  // TAB, LF, VT, FF, CR
        0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A,
        0x2028...0x2029, 0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ])

    /// `.` without the `s` modifier: everything except line terminators.
    static let dot = lineTerminators.inverted()

    static func isWordCharacter(_ codePoint: UInt32) -> Bool {
        switch codePoint {
        case 0x30...0x39, 0x41...0x5A, 0x5F, 0x61...0x7A: true
        default: false
        }
    }

    static func isLineTerminator(_ codePoint: UInt32) -> Bool {
        codePoint == 0x0A || codePoint == 0x0D || codePoint == 0x2028 || codePoint == 0x2029
    }
}

/// A `CodePointSet` prepared for fast membership tests: a bitmap for ASCII, binary search above it.
struct CodePointMatcher: Sendable {
    private let asciiLow: UInt64
    private let asciiHigh: UInt64
    /// Ranges at or above U+0080, as flat (lower, upper) pairs.
    private let bounds: [UInt32]

    init(_ set: CodePointSet) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var bounds: [UInt32] = []
        for range in set.ranges {
            if range.lowerBound < 0x80 {
                for codePoint in range.lowerBound...min(range.upperBound, 0x7F) {
                    if codePoint < 64 { low |= 1 << UInt64(codePoint) } else { high |= 1 << UInt64(codePoint - 64) }
                }
            }
            if range.upperBound >= 0x80 {
                bounds.append(max(range.lowerBound, 0x80))
                bounds.append(range.upperBound)
            }
        }
        asciiLow = low
        asciiHigh = high
        self.bounds = bounds
    }

    @inline(__always)
    func contains(_ codePoint: UInt32) -> Bool {
        if codePoint < 64 { return asciiLow & (1 << UInt64(codePoint)) != 0 }
        if codePoint < 128 { return asciiHigh & (1 << UInt64(codePoint - 64)) != 0 }
        var low = 0
        var high = bounds.count / 2
        while low < high {
            let middle = (low + high) / 2
            if bounds[2 * middle + 1] < codePoint { low = middle + 1 } else { high = middle }
        }
        return low < bounds.count / 2 && bounds[2 * low] <= codePoint
    }
}
