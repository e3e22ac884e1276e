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
}
