/// The subject string as UTF-8 bytes. Positions are byte offsets at code point boundaries; the bytes are valid
/// UTF-8 because they come from a Swift `String`.
struct UTF8Input {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    /// Calls `body` with the string's UTF-8, copying only when the string is not stored contiguously.
    static func with<Result>(_ string: String, _ body: (UTF8Input) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable({ body(UTF8Input(bytes: $0)) }) {
            return result
        }
        return Array(string.utf8).withUnsafeBufferPointer { body(UTF8Input(bytes: $0)) }
    }

    /// The code point starting at `position` (< count) and the position after it.
    @inline(__always)
    func codePoint(at position: Int) -> (value: UInt32, next: Int) {
        let lead = UInt32(bytes[position])
        if lead < 0x80 { return (lead, position + 1) }
        if lead < 0xE0 {
            return (((lead & 0x1F) << 6) | (UInt32(bytes[position + 1]) & 0x3F), position + 2)
        }
        if lead < 0xF0 {
            let value = ((lead & 0x0F) << 12) | ((UInt32(bytes[position + 1]) & 0x3F) << 6)
                | (UInt32(bytes[position + 2]) & 0x3F)
            return (value, position + 3)
        }
        let value = ((lead & 0x07) << 18) | ((UInt32(bytes[position + 1]) & 0x3F) << 12)
            | ((UInt32(bytes[position + 2]) & 0x3F) << 6) | (UInt32(bytes[position + 3]) & 0x3F)
        return (value, position + 4)
    }

    /// The code point ending at `position` (> 0) and the position where it starts.
    @inline(__always)
    func codePoint(before position: Int) -> (value: UInt32, start: Int) {
        var start = position - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (codePoint(at: start).value, start)
    }

    /// Whether the code points on either side of `position` differ in being word characters (`\b`).
    func isWordBoundary(at position: Int) -> Bool {
        let before = position > 0 && CodePointSet.isWordCharacter(codePoint(before: position).value)
        let after = position < count && CodePointSet.isWordCharacter(codePoint(at: position).value)
        return before != after
    }

    func holds(_ assertion: RegexAssertion, at position: Int) -> Bool {
        switch assertion {
        case .inputStart: position == 0
        case .inputEnd: position == count
        case .lineStart: position == 0 || CodePointSet.isLineTerminator(codePoint(before: position).value)
        case .lineEnd: position == count || CodePointSet.isLineTerminator(codePoint(at: position).value)
        case .wordBoundary: isWordBoundary(at: position)
        case .notWordBoundary: !isWordBoundary(at: position)
        }
    }
}
