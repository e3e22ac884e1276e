/// Percent-encoding of parameter values (RFC 3986 section 2.1), UTF-8 first.
enum PercentEncoding {
    /// Which characters of a value are written as they are.
    enum AllowedCharacters {
        /// `A-Z a-z 0-9 - . _ ~`: every other character is encoded, so a value can never add a path segment,
        /// a query parameter or a fragment.
        case unreserved
        /// Unreserved characters and the reserved ones that cannot change the structure of a query
        /// (`: / ? [ ] @ ! $ ' ( ) * , ;`): OpenAPI's `allowReserved`. `&`, `=`, `+` and `#` stay encoded
        /// because they would start a parameter, a value, a space or a fragment.
        case unreservedAndQuerySafeReserved
    }

    static func encode(_ text: String, allowing allowed: AllowedCharacters) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) || (allowed == .unreservedAndQuerySafeReserved && querySafeReserved.contains(byte)) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%"
                result.unicodeScalars.append(hexDigits[Int(byte >> 4)])
                result.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// A whole path segment of dots (`.`, `..`) would move up the path once a server removes dot
    /// segments; its dots are encoded, so the segment stays a value.
    static func encodePathSegment(_ text: String) -> String {
        let encoded = encode(text, allowing: .unreserved)
        guard !encoded.isEmpty, encoded.allSatisfy({ $0 == "." }) else { return encoded }
        return String(repeating: "%2E", count: encoded.count)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static let querySafeReserved: Set<UInt8> = Set(":/?[]@!$'()*,;".utf8)
    private static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)
}
