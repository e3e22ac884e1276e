enum TextPosition {
    /// The 1-based line and column (in characters, as libyaml counts them) of a byte offset in UTF-8 text.
    static func lineAndColumn(ofOffset offset: Int, in input: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in input.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {  // a UTF-8 continuation byte continues the same character
                column += 1
            }
        }
        return (line, column)
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or `nil` if it is malformed
    /// (a stray continuation byte, an overlong form, a surrogate, a truncated sequence, or a byte never used).
    static func utf8SequenceLength(at index: Int, in input: UnsafeBufferPointer<UInt8>) -> Int? {
        let lead = input[index]
        let (length, secondRange): (Int, ClosedRange<UInt8>) = switch lead {
        case 0x00...0x7F: (1, 0x00...0xFF)
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: (0, 0x00...0xFF)  // a continuation byte, or one never used in UTF-8
        }
        guard length != 1 else { return 1 }
        guard length > 1 else { return nil }
        guard index + length <= input.count, secondRange.contains(input[index + 1]),
              input[(index + 2)..<(index + length)].allSatisfy({ (0x80...0xBF).contains($0) })
        else { return nil }
        return length
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, if any.
    static func firstMalformedUTF8(in input: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < input.count {
            guard let length = utf8SequenceLength(at: index, in: input) else { return index }
            index += length
        }
        return nil
    }
}
