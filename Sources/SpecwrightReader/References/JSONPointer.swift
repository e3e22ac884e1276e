/// RFC 6901 JSON pointers: `/components/schemas/a~1b` names the key `a/b`; `~0` stands for `~`.
public enum JSONPointer {
    /// One key or index as it appears in a pointer.
    public static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == tilde || $0 == slash }) else { return token }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.utf8.count + 4)
        for byte in token.utf8 {
            switch byte {
            case tilde: bytes += [tilde, UInt8(ascii: "0")]
            case slash: bytes += [tilde, UInt8(ascii: "1")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key a pointer token names: `~1` is `/` and `~0` is `~`, read left to right, so that `~01` is `~1`.
    /// A `~` before anything else stays as it is.
    public static func unescape(_ token: Substring) -> String {
        guard token.utf8.contains(tilde) else { return String(token) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.utf8.count)
        var afterTilde = false
        for byte in token.utf8 {
            if afterTilde {
                afterTilde = false
                switch byte {
                case UInt8(ascii: "1"): bytes.append(slash); continue
                case UInt8(ascii: "0"): bytes.append(tilde); continue
                default: bytes.append(tilde)
                }
            }
            if byte == tilde { afterTilde = true } else { bytes.append(byte) }
        }
        if afterTilde { bytes.append(tilde) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let tilde = UInt8(ascii: "~")
    private static let slash = UInt8(ascii: "/")

    /// The unescaped tokens of `pointer`; `nil` unless it is empty or starts with `/`. Split at every `/`
    /// byte, as RFC 6901 says, even where one starts a character with a combining mark after it.
    public static func tokens(_ pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.utf8.first == UInt8(ascii: "/") else { return nil }
        return pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { unescape(Substring($0)) }
    }
}
