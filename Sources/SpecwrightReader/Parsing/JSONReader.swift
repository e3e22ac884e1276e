import Foundation

/// Reads a JSON document (RFC 8259) straight from its bytes.
///
/// JSON is YAML 1.2, but libyaml refuses some valid JSON (surrogate pairs such as `"\ud83d\udc4d"`, keys longer
/// than 1,024 characters) and is several times slower, so JSON-looking input is read here.
struct JSONReader {
    /// A JSON syntax error: the caller may try the input as YAML (whose flow style JSON resembles) instead.
    struct SyntaxError: Error {
        let error: SpecError
    }

    private var builder: TreeBuilder
    private let input: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// The column of a recent offset on the current line, so that columns are counted in one pass per line.
    private var columnMemo = (offset: 0, column: 1)

    init(file: String, input: UnsafeBufferPointer<UInt8>) {
        builder = TreeBuilder(file: file)
        self.input = input
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {  // a UTF-8 byte order mark
            index = 3
            lineStart = 3
            columnMemo.offset = 3
        }
    }

    /// A reader for the text of a `DeferredSubtree`, whose positions and pointers continue its document's.
    init(subtree input: UnsafeBufferPointer<UInt8>, origin: DeferredSubtree.Origin) {
        builder = TreeBuilder(file: origin.file, rootPointer: origin.pointer)
        self.input = input
        line = origin.line
        columnMemo = (0, origin.column)
    }

    /// Whether `input` starts like a JSON object or array (after a byte order mark and white space).
    static func looksLikeJSON(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = input.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = input[start...].first { !isWhitespace($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    mutating func read() throws -> Node {
        var needsValue = true
        while true {
            if needsValue {
                needsValue = try readValue()
                continue
            }
            guard builder.isInsideCollection else { break }
            skipWhitespace()
            let isMapping = builder.isInMapping
            let close = isMapping ? UInt8(ascii: "}") : UInt8(ascii: "]")
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                if isMapping { try readKey() }
                needsValue = true
            case close:
                index += 1
                try builder.endCollection()
            default:
                let what = isMapping ? "an object member" : "an array element"
                throw syntaxError("expected ',' or '\(Character(UnicodeScalar(close)))' after \(what), found \(describeNext())")
            }
        }
        skipWhitespace()
        guard index == input.count else {
            throw syntaxError("expected the end of the file after the top-level value, found \(describeNext())")
        }
        return builder.root!.node  // a value was read, or an error thrown
    }

    /// Reads a scalar, or opens a collection; returns whether a value is needed next (a collection's first one).
    private mutating func readValue() throws -> Bool {
        skipWhitespace()
        let location = currentLocation()
        if builder.isExpectingExtensionValue, peek() == UInt8(ascii: "{") || peek() == UInt8(ascii: "[") {
            try readDeferredCollection(at: location)
            return false
        }
        switch peek() {
        case UInt8(ascii: "{"):
            index += 1
            try builder.startCollection(isMapping: true, at: location)
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                index += 1
                try builder.endCollection()
                return false
            }
            try readKey()
            return true
        case UInt8(ascii: "["):
            index += 1
            try builder.startCollection(isMapping: false, at: location)
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                index += 1
                try builder.endCollection()
                return false
            }
            return true
        case UInt8(ascii: "\""):
            _ = try builder.scalar(.string(try readString()), at: location)
        case UInt8(ascii: "t"):
            try readLiteral("true")
            _ = try builder.scalar(.bool(true), at: location)
        case UInt8(ascii: "f"):
            try readLiteral("false")
            _ = try builder.scalar(.bool(false), at: location)
        case UInt8(ascii: "n"):
            try readLiteral("null")
            _ = try builder.scalar(.null, at: location)
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            _ = try builder.scalar(.number(try readNumber()), at: location)
        default:
            throw syntaxError("expected a value, found \(describeNext())")
        }
        return false
    }

    private mutating func readKey() throws {
        let (key, location) = try readMemberName()
        builder.key(key, at: location)
    }

    /// Reads `"name":` and returns the name with where it starts.
    private mutating func readMemberName() throws -> (String, SourceLocation) {
        skipWhitespace()
        let location = currentLocation()
        guard peek() == UInt8(ascii: "\"") else {
            throw syntaxError("expected a member name in double quotes, found \(describeNext())")
        }
        let key = try readString()
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else {
            throw syntaxError("expected ':' after the member name \"\(key)\", found \(describeNext())")
        }
        index += 1
        return (key, location)
    }

    // MARK: - Vendor extensions

    /// An object of a skipped extension, with its keys so far (for the duplicate-key check).
    private struct SkippedObject {
        var keys: [String: (text: String, location: SourceLocation)] = [:]
    }

    /// Reads the object or array at `index` with every check that `read()` makes, but keeps only its text,
    /// as a node that is built when something reads it (see `DeferredSubtree`).
    private mutating func readDeferredCollection(at location: SourceLocation) throws {
        let start = index
        // One entry per open collection: the keys of an object, `nil` for an array.
        var open: [SkippedObject?] = []
        var mentionsKeywords = false
        var needsValue = true
        repeat {
            if needsValue {
                needsValue = false
                skipWhitespace()
                let valueLocation = currentLocation()
                switch peek() {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    let isObject = peek() == UInt8(ascii: "{")
                    guard builder.depth + open.count < TreeBuilder.maximumDepth else {
                        throw SpecError("nesting is deeper than \(TreeBuilder.maximumDepth) levels", at: valueLocation)
                    }
                    index += 1
                    open.append(isObject ? SkippedObject() : nil)
                    skipWhitespace()
                    if peek() == UInt8(ascii: isObject ? "}" : "]") {
                        index += 1
                        open.removeLast()
                    } else {
                        if isObject { mentionsKeywords = try readSkippedKey(into: &open[open.count - 1]!) || mentionsKeywords }
                        needsValue = true
                        continue
                    }
                case UInt8(ascii: "\""):
                    _ = try readString()
                case UInt8(ascii: "t"):
                    try readLiteral("true")
                case UInt8(ascii: "f"):
                    try readLiteral("false")
                case UInt8(ascii: "n"):
                    try readLiteral("null")
                case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
                    _ = try readNumber()
                default:
                    throw syntaxError("expected a value, found \(describeNext())")
                }
            }
            guard let top = open.last else { break }
            skipWhitespace()
            let close = top == nil ? UInt8(ascii: "]") : UInt8(ascii: "}")
            switch peek() {
            case UInt8(ascii: ","):
                index += 1
                if top != nil { mentionsKeywords = try readSkippedKey(into: &open[open.count - 1]!) || mentionsKeywords }
                needsValue = true
            case close:
                index += 1
                open.removeLast()
            default:
                let what = top == nil ? "an array element" : "an object member"
                throw syntaxError("expected ',' or '\(Character(UnicodeScalar(close)))' after \(what), found \(describeNext())")
            }
        } while !open.isEmpty
        let text = Data(UnsafeBufferPointer(rebasing: input[start..<index]))
        // JSON has no aliases, so the size of the subtree counts for nothing.
        try builder.deferredCollection(text, syntax: .json, mentionsKeywords: mentionsKeywords, size: 1, at: location)
    }

    /// Reads a member name of a skipped object, refusing one its object already has; returns whether it
    /// starts with `$`.
    private mutating func readSkippedKey(into object: inout SkippedObject) throws -> Bool {
        let (key, location) = try readMemberName()
        if let first = object.keys[key] {
            throw TreeBuilder.repeatedKeyError(key, at: location, first: first.text, at: first.location)
        }
        object.keys[key] = (key, location)
        return key.hasPrefix("$")
    }

    private mutating func readLiteral(_ literal: StaticString) throws {
        let end = index + literal.utf8CodeUnitCount
        guard end <= input.count,
              literal.withUTF8Buffer({ $0.elementsEqual(input[index..<end]) })
        else {
            throw syntaxError("expected a value, found \(describeNext())")
        }
        index = end
    }

    private mutating func readNumber() throws -> NumberLiteral {
        let start = index
        while let byte = peek(), isNumberCharacter(byte) { index += 1 }
        let text = UnsafeBufferPointer(rebasing: input[start..<index])
        if let integer = Self.plainInteger(text) {
            return NumberLiteral(literal: String(decoding: text, as: UTF8.self), integerValue: integer, doubleValue: Double(integer))
        }
        guard let number = CoreSchema.number(text) else {
            index = start
            let literal = String(decoding: text, as: UTF8.self)
            if CoreSchema.isOutOfDoubleRange(text) {
                throw SpecError("the number \(literal) is beyond what a 64-bit float holds (it would read as "
                                + "infinity or 0)", at: currentLocation())
            }
            throw syntaxError("invalid number '\(literal)'")
        }
        return number
    }

    /// The value of `-?[1-9][0-9]{0,17}` or `0` (always within `Int64`), the common case read without a string.
    private static func plainInteger(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        let isNegative = text.first == UInt8(ascii: "-")
        let digits = UnsafeBufferPointer(rebasing: text[(isNegative ? 1 : 0)...])
        guard (1...18).contains(digits.count), digits.count == 1 || digits[0] != UInt8(ascii: "0") else { return nil }
        var value: Int64 = 0
        for byte in digits {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
        }
        return isNegative ? -value : value
    }

    /// Reads a string starting at its opening quote. Escape-free strings are decoded from the input in one go.
    private mutating func readString() throws -> String {
        let start = index
        index += 1
        var decoded: [UInt8]?
        var segmentStart = index
        while index < input.count {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "\""):
                let segment = input[segmentStart..<index]
                index += 1
                guard var decoded else { return String(decoding: UnsafeBufferPointer(rebasing: segment), as: UTF8.self) }
                decoded.append(contentsOf: segment)
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                decoded = decoded ?? []
                decoded!.append(contentsOf: input[segmentStart..<index])
                try readEscape(into: &decoded!)
                segmentStart = index
            case 0..<0x20:
                throw syntaxError(String(format: "control character 0x%02X in a string (it must be escaped)", byte))
            case 0x80...:
                index += try utf8SequenceLength()
            default:
                index += 1
            }
        }
        index = start
        throw syntaxError("unterminated string")
    }

    /// Reads `\x` or `\uXXXX` (joining surrogate pairs) at `index`.
    private mutating func readEscape(into decoded: inout [UInt8]) throws {
        let escapeStart = index
        index += 1
        guard let letter = peek() else { throw syntaxError("unterminated string") }
        index += 1
        let simple: UInt8? = switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            decoded.append(simple)
            return
        }
        guard letter == UInt8(ascii: "u") else {
            index = escapeStart
            throw syntaxError("invalid escape '\\\(Character(UnicodeScalar(letter)))' in a string")
        }
        var code = try readHex(escapeStart)
        if (0xD800..<0xDC00).contains(code), input[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
            let lowStart = index
            index += 2
            let low = try readHex(lowStart)
            if (0xDC00..<0xE000).contains(low) {
                code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00)
            } else {
                index = lowStart  // not a pair: the second escape is read on its own
            }
        }
        guard let scalar = Unicode.Scalar(code) else {
            // Valid JSON syntax, so not a `SyntaxError` (which would make the caller retry the file as YAML).
            index = escapeStart
            let hex = String(code, radix: 16, uppercase: true)
            throw SpecError("unpaired UTF-16 surrogate \\u\(hex) in a string: it is no Unicode character and "
                            + "cannot be kept in UTF-8", at: currentLocation())
        }
        decoded.append(contentsOf: Array(String(scalar).utf8))
    }

    private mutating func readHex(_ escapeStart: Int) throws -> UInt32 {
        guard index + 4 <= input.count,
              let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: input[index..<index + 4]), as: UTF8.self), radix: 16)
        else {
            index = escapeStart
            throw syntaxError("invalid \\u escape in a string (it needs four hexadecimal digits)")
        }
        index += 4
        return code
    }

    /// The length of the UTF-8 sequence at `index`, or an error if it is not valid UTF-8.
    private mutating func utf8SequenceLength() throws -> Int {
        guard let length = TextPosition.utf8SequenceLength(at: index, in: input) else {
            throw syntaxError(String(format: "the file is not valid UTF-8 text (byte 0x%02X)", input[index]))
        }
        return length
    }

    // MARK: - Scanning

    private func peek() -> UInt8? {
        index < input.count ? input[index] : nil
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }

    private func isNumberCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default:
            return false
        }
    }

    private mutating func skipWhitespace() {
        while index < input.count, Self.isWhitespace(input[index]) {
            if input[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    /// The position of `index`; columns count characters, as libyaml's do.
    private mutating func currentLocation() -> SourceLocation {
        var (offset, column) = columnMemo.offset >= lineStart && columnMemo.offset <= index
            ? columnMemo : (lineStart, 1)
        while offset < index {
            if input[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        columnMemo = (offset, column)
        return builder.location(line: line, column: column)
    }

    private func describeNext() -> String {
        guard let byte = peek() else { return "the end of the file" }
        if (0x21..<0x7F).contains(byte) { return "'\(Character(UnicodeScalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }

    private mutating func syntaxError(_ message: String) -> SyntaxError {
        SyntaxError(error: SpecError(message, at: currentLocation()))
    }
}
