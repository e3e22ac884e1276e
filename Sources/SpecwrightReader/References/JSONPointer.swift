import Foundation

/// RFC 6901 JSON pointers: `/components/schemas/a~1b` names the key `a/b`; `~0` stands for `~`.
public enum JSONPointer {
    /// One key or index as it appears in a pointer.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// The key a pointer token names (`~1` before `~0`, so that `~01` is `~1`).
    public static func unescape(_ token: Substring) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
        return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The unescaped tokens of `pointer`; `nil` unless it is empty or starts with `/`. Split at every `/`
    /// byte, as RFC 6901 says, even where one starts a character with a combining mark after it.
    public static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.utf8.first == UInt8(ascii: "/") else { return nil }
        return pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { unescape(Substring($0)) }
    }
}
