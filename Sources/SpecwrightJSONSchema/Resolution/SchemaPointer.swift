import SpecwrightValidation

/// An RFC 6901 JSON pointer such as `/$defs/address` (`""` points at the whole document), as schema
/// fragments, issue locations and the registry use them.
struct SchemaPointer: Hashable, Sendable, CustomStringConvertible {
    /// The unescaped reference tokens, e.g. `["a/b", "0"]` for `/a~1b/0`.
    var tokens: [String]

    init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses pointer text; `nil` when it is neither empty nor starts with `/`.
    init?(_ text: String) {
        if text.isEmpty {
            tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        tokens = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { Self.unescape($0) }
    }

    /// The pointer text, with `~` and `/` in tokens escaped as `~0` and `~1`.
    var description: String {
        var text = ""
        for token in tokens {
            text += "/"
            Self.appendEscaped(token, to: &text)
        }
        return text
    }

    /// Appends `/` and the escaped token to pointer text.
    static func append(_ token: String, to pointer: inout String) {
        pointer += "/"
        appendEscaped(token, to: &pointer)
    }

    private static func appendEscaped(_ token: String, to text: inout String) {
        if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
            text += token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        } else {
            text += token
        }
    }

    private static func unescape(_ token: Substring) -> String {
        guard token.contains("~") else { return String(token) }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The value this pointer designates inside `document`, or `nil` when a token does not lead anywhere.
    func resolve(in document: JSONValue) -> JSONValue? {
        var current = document
        for token in tokens {
            switch current {
            case .object(let members):
                guard let next = members[token] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Self.arrayIndex(token), index < elements.count else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }

    /// A token as an array index: decimal digits without leading zeros.
    static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            token == "0" || !token.hasPrefix("0")
        else { return nil }
        return Int(token)
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

extension Substring {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
