/// Why JSON text could not be parsed, and where: byte offset plus 1-based line and column.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong, e.g. `expected ':' after an object key`.
    public var message: String
    /// Offset in bytes from the start of the input.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}

extension JSONValue {
    /// The nesting depth `init(parsing:)` accepts by default. Deeper input is rejected with an error instead
    /// of risking the stack of code that later walks or releases the value recursively.
    public static let defaultMaximumParsingDepth = 1_000
    /// The most `maximumDepth` can raise the limit to. Comparing, hashing and printing a value are iterative,
    /// but Swift frees an enum's payloads recursively (and encoders recurse too, see `maximumEncodingDepth`),
    /// so a much deeper value would overflow the stack of whoever releases it.
    public static let maximumSupportedParsingDepth = 10_000

    /// Parses JSON text (RFC 8259, UTF-8; a leading byte order mark is skipped).
    ///
    /// The parser is iterative, so hostile input cannot overflow the stack; arrays and objects nested deeper
    /// than `maximumDepth` (at most `maximumSupportedParsingDepth`) are an error. A repeated object key keeps its
    /// last value.
    /// - Throws: `JSONParseError` naming the line and column of the first problem.
    public init(parsing data: some Collection<UInt8>, maximumDepth: Int = JSONValue.defaultMaximumParsingDepth) throws {
        let parsed = try data.withContiguousStorageIfAvailable {
            try JSONParser.parse($0, maximumDepth: maximumDepth)
        }
        if let parsed {
            self = parsed
        } else {
            self = try Array(data).withUnsafeBufferPointer { try JSONParser.parse($0, maximumDepth: maximumDepth) }
        }
    }

    /// Parses JSON text held in a string.
    public init(parsing text: String, maximumDepth: Int = JSONValue.defaultMaximumParsingDepth) throws {
        var text = text
        self = try text.withUTF8 { try JSONParser.parse($0, maximumDepth: maximumDepth) }
    }
}

/// A single-pass parser over UTF-8 bytes that keeps its own stack of open containers.
struct JSONParser {
    private struct Failure: Error {
        let message: String
        let offset: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// One entry per open container: `true` for an array, `false` for an object.
    private var openKinds: [Bool] = []
    private var openArrays: [[JSONValue]] = []
    /// Members of the open objects, gathered as pairs so that each dictionary is built once at its final
    /// size (growing it member by member rehashes every key at each resize).
    private var openMembers: [(String, JSONValue)] = []
    /// Where each open object's members start in `openMembers`.
    private var memberStarts: [Int] = []
    private var pendingKeys: [String] = []
    /// Reused buffer for strings with escapes.
    private var scratch: [UInt8] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth requestedDepth: Int) throws -> JSONValue {
        let maximumDepth = min(requestedDepth, JSONValue.maximumSupportedParsingDepth)
        var parser = JSONParser(bytes)
        do {
            return try parser.parseDocument(maximumDepth: maximumDepth)
        } catch let failure as Failure {
            let (line, column) = Self.position(of: failure.offset, in: bytes)
            throw JSONParseError(message: failure.message, offset: failure.offset, line: line, column: column)
        }
    }

    private static func position(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    // MARK: Structure

    private mutating func parseDocument(maximumDepth: Int) throws -> JSONValue {
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { index = 3 }
        var value: JSONValue
        parsing: while true {
            // Parse one value; containers open here and the loop goes on with their first member.
            skipWhitespace()
            guard index < bytes.count else { throw fail(openKinds.isEmpty ? "the input holds no JSON value" : "unexpected end of input, expected a value") }
            switch bytes[index] {
            case UInt8(ascii: "["):
                let opening = index
                index += 1
                skipWhitespace()
                if peek(UInt8(ascii: "]")) {
                    index += 1
                    value = .array([])
                } else {
                    // The error names the bracket that opens one level too many.
                    guard openKinds.count < maximumDepth else { throw Failure(message: "nesting is deeper than \(maximumDepth) levels", offset: opening) }
                    openKinds.append(true)
                    openArrays.append([])
                    continue parsing
                }
            case UInt8(ascii: "{"):
                let opening = index
                index += 1
                skipWhitespace()
                if peek(UInt8(ascii: "}")) {
                    index += 1
                    value = .object([:])
                } else {
                    guard openKinds.count < maximumDepth else { throw Failure(message: "nesting is deeper than \(maximumDepth) levels", offset: opening) }
                    openKinds.append(false)
                    memberStarts.append(openMembers.count)
                    pendingKeys.append(try parseKey())
                    continue parsing
                }
            case UInt8(ascii: "\""):
                value = .string(try parseString())
            case UInt8(ascii: "t"):
                try expectWord("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try expectWord("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try expectWord("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try parseNumber())
            default:
                throw fail("unexpected \(describeByte(at: index)), expected a value")
            }

            // Hand the finished value to its container; close containers that end here.
            while let isArray = openKinds.last {
                skipWhitespace()
                if isArray {
                    openArrays[openArrays.count - 1].append(value)
                    if peek(UInt8(ascii: ",")) {
                        index += 1
                        continue parsing
                    }
                    guard peek(UInt8(ascii: "]")) else { throw fail("expected ',' or ']' after an array element, found \(describeByte(at: index))") }
                    index += 1
                    openKinds.removeLast()
                    value = .array(openArrays.removeLast())
                } else {
                    openMembers.append((pendingKeys.removeLast(), value))
                    if peek(UInt8(ascii: ",")) {
                        index += 1
                        skipWhitespace()
                        pendingKeys.append(try parseKey())
                        continue parsing
                    }
                    guard peek(UInt8(ascii: "}")) else { throw fail("expected ',' or '}' after an object member, found \(describeByte(at: index))") }
                    index += 1
                    openKinds.removeLast()
                    value = .object(try closeObject(closingAt: index - 1))
                }
            }
            break parsing
        }
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected \(describeByte(at: index)) after the JSON value") }
        return value
    }

    /// Builds the innermost open object from its gathered members; a repeated key keeps its last value.
    ///
    /// Two keys with different code points that Swift's `String` compares equal (`"é"` and `"e\u0301"`) are
    /// different JSON members that one `[String: JSONValue]` cannot hold apart: an error, not a silent merge.
    private mutating func closeObject(closingAt closingOffset: Int) throws -> [String: JSONValue] {
        let start = memberStarts.removeLast()
        var object = [String: JSONValue](minimumCapacity: openMembers.count - start)
        for index in start..<openMembers.count {
            object[openMembers[index].0] = openMembers[index].1
        }
        if object.count < openMembers.count - start {
            // Some key repeats; a repeat spelled with other code points is a different member.
            var spellings = [String: String]()
            for (key, _) in openMembers[start...] {
                if let earlier = spellings.updateValue(key, forKey: key), !earlier.unicodeScalars.elementsEqual(key.unicodeScalars) {
                    throw Failure(message: "the object has the keys \(Self.scalarList(earlier)) and \(Self.scalarList(key)), which "
                                  + "differ only in Unicode normalization and cannot both be kept", offset: closingOffset)
                }
            }
        }
        openMembers.removeSubrange(start...)
        return object
    }

    /// `"é" (U+00E9)`: a key with its code points, to tell apart keys that print alike.
    private static func scalarList(_ key: String) -> String {
        let codes = key.unicodeScalars.prefix(8).map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        return "\"\(key)\" (\(codes.joined(separator: " "))\(key.unicodeScalars.count > 8 ? " …" : ""))"
    }

    /// Parses `"key" :` with the index at the opening quote (whitespace already skipped).
    private mutating func parseKey() throws -> String {
        guard peek(UInt8(ascii: "\"")) else { throw fail("expected a string key, found \(describeByte(at: index))") }
        let key = try parseString()
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { throw fail("expected ':' after an object key, found \(describeByte(at: index))") }
        index += 1
        return key
    }

    // MARK: Scalars

    @inline(__always)
    private func peek(_ byte: UInt8) -> Bool {
        index < bytes.count && bytes[index] == byte
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
            default: return
            }
        }
    }

    private mutating func expectWord(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        let matches = index + count <= bytes.count
            && word.withUTF8Buffer { expected in (0..<count).allSatisfy { bytes[index + $0] == expected[$0] } }
        guard matches else { throw fail("unexpected \(describeByte(at: index)), expected a value") }
        index += count
    }

    private mutating func parseNumber() throws -> JSONNumber {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        // Fast path: up to 18 digits always fit in Int64.
        var value: Int64 = 0
        let digitsStart = index
        while index < bytes.count, case let digit = bytes[index] &- UInt8(ascii: "0"), digit < 10 {
            value = value &* 10 &+ Int64(digit)
            index += 1
        }
        let digitCount = index - digitsStart
        let isPlainInteger = index == bytes.count
            || (bytes[index] != UInt8(ascii: ".") && bytes[index] | 0x20 != UInt8(ascii: "e"))
        if isPlainInteger && digitCount > 0 && digitCount <= 18 && (digitCount == 1 || bytes[digitsStart] != UInt8(ascii: "0")) {
            return JSONNumber(negative ? -value : value)
        }
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        guard let number = JSONNumber(jsonBytes: UnsafeBufferPointer(rebasing: bytes[start..<index])) else {
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            throw Failure(message: JSONNumber.problem(withText: text) ?? "invalid number '\(text)'", offset: start)
        }
        return number
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
            UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// Parses a string with the index at its opening quote.
    private mutating func parseString() throws -> String {
        let openingQuote = index
        index += 1
        let start = index
        var nonASCII: UInt8 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if nonASCII & 0x80 == 0 { return String(decoding: content, as: UTF8.self) }
                guard let string = String(validating: content, as: UTF8.self) else {
                    throw Failure(message: "the string is not valid UTF-8", offset: openingQuote)
                }
                return string
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: start, openingQuote: openingQuote) }
            if byte < 0x20 { throw fail("unescaped control character in a string") }
            nonASCII |= byte
            index += 1
        }
        throw Failure(message: "unterminated string", offset: openingQuote)
    }

    /// Slow path for strings with escapes: copies into `scratch`, decoding escapes as it goes.
    private mutating func parseEscapedString(from start: Int, openingQuote: Int) throws -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: scratch, as: UTF8.self) else {
                    throw Failure(message: "the string is not valid UTF-8", offset: openingQuote)
                }
                return string
            case UInt8(ascii: "\\"):
                let escapeStart = index
                index += 1
                guard index < bytes.count else { break }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
                    scratch.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw Failure(message: "invalid escape sequence '\\\(describeRawByte(escaped))'", offset: escapeStart)
                }
            default:
                if byte < 0x20 { throw fail("unescaped control character in a string") }
                scratch.append(byte)
                index += 1
            }
        }
        throw Failure(message: "unterminated string", offset: openingQuote)
    }

    /// Decodes `XXXX` after `\u`, joining a UTF-16 surrogate pair written as two escapes.
    private mutating func parseUnicodeEscape(escapeStart: Int) throws -> Unicode.Scalar {
        let first = try parseHex4(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(first) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw Failure(message: "unpaired UTF-16 surrogate in a \\u escape", offset: escapeStart)
            }
            index += 2
            let second = try parseHex4(escapeStart: index - 2)
            guard (0xDC00...0xDFFF).contains(second) else {
                throw Failure(message: "unpaired UTF-16 surrogate in a \\u escape", offset: escapeStart)
            }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(first) else {
            throw Failure(message: "unpaired UTF-16 surrogate in a \\u escape", offset: escapeStart)
        }
        return scalar
    }

    private mutating func parseHex4(escapeStart: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw Failure(message: "incomplete \\u escape", offset: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(message: "invalid \\u escape: expected 4 hexadecimal digits", offset: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    // MARK: Errors

    private func fail(_ message: String) -> Failure {
        Failure(message: message, offset: index)
    }

    private func describeByte(at offset: Int) -> String {
        offset < bytes.count ? "'\(describeRawByte(bytes[offset]))'" : "end of input"
    }

    private func describeRawByte(_ byte: UInt8) -> String {
        (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
