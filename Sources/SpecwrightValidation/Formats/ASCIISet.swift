/// A set of ASCII characters as a 128-bit mask: constant-time membership without allocation.
struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    init(ranges: ClosedRange<UInt8>...) {
        for range in ranges { for byte in range { insert(byte) } }
    }

    private mutating func insert(_ byte: UInt8) {
        precondition(byte < 0x80, "ASCIISet holds ASCII only")
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    /// Whether `scalar` (any code point) is in the set.
    @inline(__always)
    func contains(_ scalar: UInt32) -> Bool {
        scalar < 64 ? low >> UInt64(scalar) & 1 == 1 : scalar < 128 && high >> UInt64(scalar - 64) & 1 == 1
    }

    func union(_ other: ASCIISet) -> ASCIISet {
        var result = self
        result.low |= other.low
        result.high |= other.high
        return result
    }

    /// Whether `byte` is an ASCII hexadecimal digit.
    @inline(__always)
    static func isHexDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }

    static let alpha = ASCIISet(ranges: UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"))
    static let digit = ASCIISet(ranges: UInt8(ascii: "0")...UInt8(ascii: "9"))
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for native strings, which is most of them, else
    /// from a contiguous copy. Iterating a buffer is several times cheaper than iterating `utf8`.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}

/// Reads a buffer of bytes front to back.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    @inline(__always)
    mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }
}
