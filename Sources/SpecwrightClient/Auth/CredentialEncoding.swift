/// Percent-encoding as the auth middlewares need it: query parameters (RFC 3986), OAuth2 token requests
/// (`application/x-www-form-urlencoded`, RFC 6749 appendix B) and `@query-param` signature components
/// (RFC 9421 section 2.2.8).
enum CredentialEncoding {
    /// `text` as UTF-8 with every byte outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`) escaped.
    static func percentEncodedUnreserved(_ text: String) -> String {
        encoded(text, keeping: isUnreserved, spaceAsPlus: false)
    }

    /// `text` as the WHATWG `application/x-www-form-urlencoded` serializer writes it: `A-Z a-z 0-9 * - . _`
    /// kept, a space as `+`, every other byte escaped.
    static func formEncoded(_ text: String) -> String {
        encoded(text, keeping: isFormSafe, spaceAsPlus: true)
    }

    /// `text` escaped with the form-urlencoded set but a space as `%20`, as RFC 9421 re-encodes query
    /// parameter names and values.
    static func queryParameterEncoded(_ text: String) -> String {
        encoded(text, keeping: isFormSafe, spaceAsPlus: false)
    }

    /// `text` with `%XX` sequences decoded and, when `plusAsSpace`, `+` read as a space (form decoding);
    /// a `%` not followed by two hex digits stays as it is, and bytes that are not UTF-8 become U+FFFD.
    static func percentDecoded(_ text: Substring, plusAsSpace: Bool) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(plusAsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func encoded(_ text: String, keeping isKept: (UInt8) -> Bool, spaceAsPlus: Bool) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isKept(byte) {
                result.append(byte)
            } else if spaceAsPlus, byte == UInt8(ascii: " ") {
                result.append(UInt8(ascii: "+"))
            } else {
                result.append(UInt8(ascii: "%"))
                result.append(hexDigits[Int(byte >> 4)])
                result.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "~")
    }

    private static func isFormSafe(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_")
    }
}
