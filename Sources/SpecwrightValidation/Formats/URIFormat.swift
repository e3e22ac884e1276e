/// The `uri`, `uri-reference` (RFC 3986), `iri` and `iri-reference` (RFC 3987) formats.
///
/// The grammar is checked, not the meaning: `http://999.999.999.999/` is valid (a reg-name), schemes are
/// not looked up. Percent signs must start `%XX` escapes; IP literals (`[...]`) must be IPv6 addresses
/// (as the `ipv6` format) or IPvFuture; ports are digits. IRIs also allow the non-ASCII characters of
/// RFC 3987 (`ucschar`, and `iprivate` in the query). `uri` and `iri` require a scheme.
enum URIFormat {
    static func isValidURI(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: false).isValid(value, requiresScheme: true)
    }

    static func isValidURIReference(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: false).isValid(value, requiresScheme: false)
    }

    static func isValidIRI(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: true).isValid(value, requiresScheme: true)
    }

    static func isValidIRIReference(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: true).isValid(value, requiresScheme: false)
    }
}

/// RFC 3986 section 3 / RFC 3987 section 2.2, over UTF-8 bytes.
struct URIGrammar {
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    let allowsUnicode: Bool

    private static let unreserved = ASCIISet.alpha.union(.digit).union(ASCIISet("-._~"))
    private static let subDelims = ASCIISet("!$&'()*+,;=")
    private static let regName = unreserved.union(subDelims)
    private static let userinfo = regName.union(ASCIISet(":"))
    private static let pathCharacters = userinfo.union(ASCIISet("@/"))
    private static let queryCharacters = pathCharacters.union(ASCIISet("?"))
    private static let schemeCharacters = ASCIISet.alpha.union(.digit).union(ASCIISet("+-."))
    private static let ipvFutureCharacters = unreserved.union(subDelims).union(ASCIISet(":"))

    func isValid(_ value: String, requiresScheme: Bool) -> Bool {
        value.withUTF8Bytes { isValid($0[...], requiresScheme: requiresScheme) }
    }

    private func isValid(_ bytes: Bytes, requiresScheme: Bool) -> Bool {
        var rest = bytes
        // Fragment, then query: each runs to the end of what is left.
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            guard matches(rest[(hash + 1)...], Self.queryCharacters, allowsPrivateUse: false) else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            guard matches(rest[(question + 1)...], Self.queryCharacters, allowsPrivateUse: true) else { return false }
            rest = rest[..<question]
        }
        // A ':' before any '/' ends a scheme (a relative reference's first segment may not contain ':').
        if let colon = rest.firstIndex(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }),
            rest[colon] == UInt8(ascii: ":")
        {
            guard isScheme(rest[..<colon]) else { return false }
            rest = rest[(colon + 1)...]
        } else if requiresScheme {
            return false
        }
        // hier-part / relative-part: "//" authority path-abempty, or a path.
        if rest.count >= 2, rest[rest.startIndex] == UInt8(ascii: "/"), rest[rest.startIndex + 1] == UInt8(ascii: "/") {
            rest = rest.dropFirst(2)
            let authorityEnd = rest.firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            guard isAuthority(rest[..<authorityEnd]) else { return false }
            rest = rest[authorityEnd...]
        }
        return matches(rest, Self.pathCharacters, allowsPrivateUse: false)
    }

    /// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    private func isScheme(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, ASCIISet.alpha.contains(UInt32(first)) else { return false }
        return bytes.allSatisfy { Self.schemeCharacters.contains(UInt32($0)) }
    }

    /// authority = [ userinfo "@" ] host [ ":" port ]
    private func isAuthority(_ bytes: Bytes) -> Bool {
        var rest = bytes
        if let at = rest.firstIndex(of: UInt8(ascii: "@")) {
            guard matches(rest[..<at], Self.userinfo, allowsPrivateUse: false) else { return false }
            rest = rest[(at + 1)...]
        }
        let portStart: Int?
        if rest.first == UInt8(ascii: "[") {
            guard let close = rest.firstIndex(of: UInt8(ascii: "]")), isIPLiteral(rest[(rest.startIndex + 1)..<close]) else {
                return false
            }
            let afterClose = close + 1
            guard afterClose == rest.endIndex || rest[afterClose] == UInt8(ascii: ":") else { return false }
            portStart = afterClose == rest.endIndex ? nil : afterClose + 1
        } else {
            let colon = rest.firstIndex(of: UInt8(ascii: ":"))
            guard matches(rest[..<(colon ?? rest.endIndex)], Self.regName, allowsPrivateUse: false) else { return false }
            portStart = colon.map { $0 + 1 }
        }
        guard let portStart else { return true }
        return rest[portStart...].allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    /// IP-literal content: IPv6address / IPvFuture ("v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )).
    private func isIPLiteral(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, first | 0x20 == UInt8(ascii: "v") else {
            return IPAddressFormat.isValidIPv6(bytes)
        }
        let rest = bytes.dropFirst()
        guard let dot = rest.firstIndex(of: UInt8(ascii: ".")), dot != rest.startIndex, rest[..<dot].allSatisfy(ASCIISet.isHexDigit)
        else { return false }
        let tail = rest[(dot + 1)...]
        return !tail.isEmpty && tail.allSatisfy { Self.ipvFutureCharacters.contains(UInt32($0)) }
    }

    /// Every character is in `set`, a `%XX` escape, or (for IRIs) a `ucschar` (or `iprivate` where allowed).
    private func matches(_ bytes: Bytes, _ set: ASCIISet, allowsPrivateUse: Bool) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, ASCIISet.isHexDigit(bytes[index + 1]), ASCIISet.isHexDigit(bytes[index + 2]) else {
                    return false
                }
                index += 3
            } else if byte < 0x80 {
                guard set.contains(UInt32(byte)) else { return false }
                index += 1
            } else {
                guard allowsUnicode else { return false }
                let (scalar, length) = decodeUTF8(bytes, at: index)
                guard Self.isUCSChar(scalar) || (allowsPrivateUse && Self.isPrivateUse(scalar)) else { return false }
                index += length
            }
        }
        return true
    }

    /// RFC 3987 ucschar.
    static func isUCSChar(_ value: UInt32) -> Bool {
        switch value {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        // Planes 1 to 13 and 14 from 0xE1000, each without its last two code points (noncharacters).
        case 0x10000...0xDFFFD, 0xE1000...0xEFFFD: return value & 0xFFFF <= 0xFFFD
        default: return false
        }
    }

    /// RFC 3987 iprivate.
    static func isPrivateUse(_ value: UInt32) -> Bool {
        switch value {
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: true
        default: false
        }
    }

    /// The code point whose UTF-8 encoding starts at `index` (a lead byte of valid UTF-8, as in a `String`),
    /// and the number of bytes it takes.
    @inline(__always)
    private func decodeUTF8(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }
}
