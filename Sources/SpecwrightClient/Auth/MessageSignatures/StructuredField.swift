import Foundation

/// The parts of RFC 8941 structured field values that HTTP message signatures use: items, inner lists,
/// lists and dictionaries, parsed strictly and serialized canonically.
enum StructuredField {
    /// A bare item (RFC 8941 section 3.3).
    enum BareItem: Sendable, Hashable {
        case integer(Int64)
        case decimal(Double)
        case string(String)
        case token(String)
        case byteSequence([UInt8])
        case boolean(Bool)
    }

    /// Parameters in the order they were written; a repeated key keeps its position and takes the last value.
    typealias Parameters = [(key: String, value: BareItem)]

    struct Item: Sendable {
        var value: BareItem
        var parameters: Parameters = []
    }

    struct InnerList: Sendable {
        var items: [Item]
        var parameters: Parameters = []
    }

    enum Member: Sendable {
        case item(Item)
        case innerList(InnerList)
    }

    typealias Dictionary = [(key: String, member: Member)]

    struct ParseError: Error, Sendable, CustomStringConvertible {
        let reason: String
        let offset: Int
        var description: String { "\(reason) at offset \(offset)" }
    }

    // MARK: Serializing

    static func serialize(_ item: BareItem) -> String {
        switch item {
        case .integer(let value):
            return String(value)
        case .decimal(let value):
            var text = String(format: "%.3f", value)
            while text.hasSuffix("0") && !text.hasSuffix(".0") { text.removeLast() }
            return text
        case .string(let value):
            return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .token(let value):
            return value
        case .byteSequence(let bytes):
            return ":" + Data(bytes).base64EncodedString() + ":"
        case .boolean(let value):
            return value ? "?1" : "?0"
        }
    }

    static func serialize(_ parameters: Parameters) -> String {
        parameters.map { key, value in
            value == .boolean(true) ? ";\(key)" : ";\(key)=\(serialize(value))"
        }.joined()
    }

    static func serialize(_ item: Item) -> String {
        serialize(item.value) + serialize(item.parameters)
    }

    static func serialize(_ list: InnerList) -> String {
        "(" + list.items.map(serialize).joined(separator: " ") + ")" + serialize(list.parameters)
    }

    static func serialize(_ member: Member) -> String {
        switch member {
        case .item(let item): serialize(item)
        case .innerList(let list): serialize(list)
        }
    }

    static func serialize(_ list: [Member]) -> String {
        list.map(serialize).joined(separator: ", ")
    }

    static func serialize(_ dictionary: Dictionary) -> String {
        dictionary.map { key, member in
            if case .item(let item) = member, item.value == .boolean(true) {
                return key + serialize(item.parameters)
            }
            return key + "=" + serialize(member)
        }.joined(separator: ", ")
    }

    static func isValidKey(_ key: String) -> Bool {
        guard let first = key.utf8.first, first == UInt8(ascii: "*") || (0x61...0x7A).contains(first) else { return false }
        return key.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || "_-.*".utf8.contains($0) }
    }

    // MARK: Parsing

    static func parseDictionary(_ text: String) throws -> Dictionary {
        var parser = Parser(text)
        return try parser.dictionary()
    }

    static func parseList(_ text: String) throws -> [Member] {
        var parser = Parser(text)
        return try parser.list()
    }

    static func parseItem(_ text: String) throws -> Item {
        var parser = Parser(text)
        return try parser.singleItem()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(_ text: String) {
            bytes = Array(text.utf8)
            skipSpaces()
        }

        mutating func dictionary() throws -> Dictionary {
            var result: Dictionary = []
            while index < bytes.count {
                let key = try parseKey()
                let member: Member
                if peek == UInt8(ascii: "=") {
                    index += 1
                    member = try parseMember()
                } else {
                    member = .item(Item(value: .boolean(true), parameters: try parseParameters()))
                }
                if let existing = result.firstIndex(where: { $0.key == key }) {
                    result[existing].member = member
                } else {
                    result.append((key, member))
                }
                try finishListMember()
            }
            return result
        }

        mutating func list() throws -> [Member] {
            var result: [Member] = []
            while index < bytes.count {
                result.append(try parseMember())
                try finishListMember()
            }
            return result
        }

        mutating func singleItem() throws -> Item {
            let item = try parseItem()
            skipSpaces()
            guard index == bytes.count else { throw error("unexpected characters after the item") }
            return item
        }

        private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func skipSpaces() {
            while peek == UInt8(ascii: " ") { index += 1 }
        }

        private mutating func skipOptionalWhitespace() {
            while peek == UInt8(ascii: " ") || peek == UInt8(ascii: "\t") { index += 1 }
        }

        private func error(_ reason: String) -> ParseError { ParseError(reason: reason, offset: index) }

        private mutating func finishListMember() throws {
            skipOptionalWhitespace()
            guard index < bytes.count else { return }
            guard peek == UInt8(ascii: ",") else { throw error("expected a comma between members") }
            index += 1
            skipOptionalWhitespace()
            guard index < bytes.count else { throw error("trailing comma") }
        }

        private mutating func parseMember() throws -> Member {
            if peek == UInt8(ascii: "(") {
                return .innerList(try parseInnerList())
            }
            return .item(try parseItem())
        }

        private mutating func parseInnerList() throws -> InnerList {
            index += 1
            var items: [Item] = []
            while true {
                skipSpaces()
                guard let byte = peek else { throw error("unterminated inner list") }
                if byte == UInt8(ascii: ")") {
                    index += 1
                    return InnerList(items: items, parameters: try parseParameters())
                }
                items.append(try parseItem())
                guard peek == UInt8(ascii: " ") || peek == UInt8(ascii: ")") else {
                    throw error("expected a space or ) in the inner list")
                }
            }
        }

        private mutating func parseItem() throws -> Item {
            Item(value: try parseBareItem(), parameters: try parseParameters())
        }

        private mutating func parseParameters() throws -> Parameters {
            var parameters: Parameters = []
            while peek == UInt8(ascii: ";") {
                index += 1
                skipSpaces()
                let key = try parseKey()
                var value = BareItem.boolean(true)
                if peek == UInt8(ascii: "=") {
                    index += 1
                    value = try parseBareItem()
                }
                if let existing = parameters.firstIndex(where: { $0.key == key }) {
                    parameters[existing].value = value
                } else {
                    parameters.append((key, value))
                }
            }
            return parameters
        }

        private mutating func parseKey() throws -> String {
            let start = index
            guard let first = peek, first == UInt8(ascii: "*") || (0x61...0x7A).contains(first) else {
                throw error("expected a key")
            }
            while let byte = peek,
                (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || "_-.*".utf8.contains(byte)
            {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        private mutating func parseBareItem() throws -> BareItem {
            guard let byte = peek else { throw error("expected an item") }
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            case UInt8(ascii: "\""): return try parseString()
            case UInt8(ascii: ":"): return try parseByteSequence()
            case UInt8(ascii: "?"): return try parseBoolean()
            case UInt8(ascii: "*"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                return parseToken()
            default: throw error("unexpected character")
            }
        }

        private mutating func parseNumber() throws -> BareItem {
            let start = index
            if peek == UInt8(ascii: "-") { index += 1 }
            var digitsBeforePoint = 0
            var fractionDigits: Int?
            while let byte = peek {
                if (0x30...0x39).contains(byte) {
                    if fractionDigits == nil { digitsBeforePoint += 1 } else { fractionDigits! += 1 }
                } else if byte == UInt8(ascii: "."), fractionDigits == nil {
                    guard digitsBeforePoint <= 12 else { throw error("decimal too long") }
                    fractionDigits = 0
                } else {
                    break
                }
                index += 1
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard digitsBeforePoint > 0 else { throw error("expected a digit") }
            if let fractionDigits {
                guard (1...3).contains(fractionDigits), let value = Double(text) else { throw error("invalid decimal") }
                return .decimal(value)
            }
            guard digitsBeforePoint <= 15, let value = Int64(text) else { throw error("integer out of range") }
            return .integer(value)
        }

        private mutating func parseString() throws -> BareItem {
            index += 1
            var result: [UInt8] = []
            while let byte = peek {
                index += 1
                switch byte {
                case UInt8(ascii: "\\"):
                    guard let escaped = peek, escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") else {
                        throw error("invalid escape in a string")
                    }
                    result.append(escaped)
                    index += 1
                case UInt8(ascii: "\""):
                    return .string(String(decoding: result, as: UTF8.self))
                case 0x20...0x7E:
                    result.append(byte)
                default:
                    throw error("a string holds a character outside printable ASCII")
                }
            }
            throw error("unterminated string")
        }

        private mutating func parseToken() -> BareItem {
            let start = index
            while let byte = peek, Self.isTokenCharacter(byte) { index += 1 }
            return .token(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        private mutating func parseByteSequence() throws -> BareItem {
            index += 1
            let start = index
            while let byte = peek, byte != UInt8(ascii: ":") {
                guard (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
                else { throw error("invalid base64 in a byte sequence") }
                index += 1
            }
            guard peek == UInt8(ascii: ":") else { throw error("unterminated byte sequence") }
            let encoded = String(decoding: bytes[start..<index], as: UTF8.self)
            index += 1
            let padded = encoded + String(repeating: "=", count: (4 - encoded.count % 4) % 4)
            guard let data = Data(base64Encoded: padded) else { throw error("invalid base64 in a byte sequence") }
            return .byteSequence(Array(data))
        }

        private mutating func parseBoolean() throws -> BareItem {
            index += 1
            defer { index += 1 }
            switch peek {
            case UInt8(ascii: "1"): return .boolean(true)
            case UInt8(ascii: "0"): return .boolean(false)
            default: throw error("invalid boolean")
            }
        }

        /// RFC 9110 `tchar`, plus `:` and `/` as RFC 8941 tokens allow.
        private static func isTokenCharacter(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || "!#$%&'*+-.^_`|~:/".utf8.contains(byte)
        }
    }
}

extension StructuredField.Parameters {
    subscript(key: String) -> StructuredField.BareItem? {
        first { $0.key == key }?.value
    }
}
