/// The `uri`, `uri-reference` (RFC 3986), `iri` and `iri-reference` (RFC 3987) formats.
///
/// The grammar is checked, not the meaning: `http://999.999.999.999/` is valid (a reg-name), schemes are
/// not looked up. Percent signs must start `%XX` escapes; IP literals (`[...]`) must be IPv6 addresses
/// (as the `ipv6` format) or IPvFuture; ports are digits. IRIs also allow the non-ASCII characters of
/// RFC 3987 (`ucschar`, and `iprivate` in the query). `uri` and `iri` require a scheme.
enum URIFormat {
    static func isValidURI(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: false).isValid(value.unicodeScalars[...], requiresScheme: true)
    }

    static func isValidURIReference(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: false).isValid(value.unicodeScalars[...], requiresScheme: false)
    }

    static func isValidIRI(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: true).isValid(value.unicodeScalars[...], requiresScheme: true)
    }

    static func isValidIRIReference(_ value: String) -> Bool {
        URIGrammar(allowsUnicode: true).isValid(value.unicodeScalars[...], requiresScheme: false)
    }
}

/// RFC 3986 section 3 / RFC 3987 section 2.2, over Unicode scalars.
struct URIGrammar {
    typealias Scalars = Substring.UnicodeScalarView

    let allowsUnicode: Bool

    private static let unreserved = ASCIISet.alpha.union(.digit).union(ASCIISet("-._~"))
    private static let subDelims = ASCIISet("!$&'()*+,;=")
    private static let regName = unreserved.union(subDelims)
    private static let userinfo = regName.union(ASCIISet(":"))
    private static let pathCharacters = userinfo.union(ASCIISet("@/"))
    private static let queryCharacters = pathCharacters.union(ASCIISet("?"))
    private static let schemeCharacters = ASCIISet.alpha.union(.digit).union(ASCIISet("+-."))
    private static let ipvFutureCharacters = unreserved.union(subDelims).union(ASCIISet(":"))

    func isValid(_ scalars: Scalars, requiresScheme: Bool) -> Bool {
        var rest = scalars
        // Fragment, then query: each runs to the end of what is left.
        if let hash = rest.firstIndex(of: "#") {
            guard matches(rest[rest.index(after: hash)...], Self.queryCharacters, allowsPrivateUse: false) else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            guard matches(rest[rest.index(after: question)...], Self.queryCharacters, allowsPrivateUse: true) else { return false }
            rest = rest[..<question]
        }
        // A ':' before any '/' ends a scheme (a relative reference's first segment may not contain ':').
        if let colon = rest.firstIndex(where: { $0 == ":" || $0 == "/" }), rest[colon] == ":" {
            guard isScheme(rest[..<colon]) else { return false }
            rest = rest[rest.index(after: colon)...]
        } else if requiresScheme {
            return false
        }
        // hier-part / relative-part: "//" authority path-abempty, or a path.
        if rest.starts(with: "//".unicodeScalars) {
            rest = rest.dropFirst(2)
            let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
            guard isAuthority(rest[..<authorityEnd]) else { return false }
            rest = rest[authorityEnd...]
        }
        return matches(rest, Self.pathCharacters, allowsPrivateUse: false)
    }

    /// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
    private func isScheme(_ scalars: Scalars) -> Bool {
        guard let first = scalars.first, ASCIISet.alpha.contains(first.value) else { return false }
        return scalars.allSatisfy { Self.schemeCharacters.contains($0.value) }
    }

    /// authority = [ userinfo "@" ] host [ ":" port ]
    private func isAuthority(_ scalars: Scalars) -> Bool {
        var rest = scalars
        if let at = rest.firstIndex(of: "@") {
            guard matches(rest[..<at], Self.userinfo, allowsPrivateUse: false) else { return false }
            rest = rest[rest.index(after: at)...]
        }
        var portStart: Scalars.Index?
        if rest.first == "[" {
            guard let close = rest.firstIndex(of: "]"), isIPLiteral(rest[rest.index(after: rest.startIndex)..<close]) else {
                return false
            }
            let afterClose = rest.index(after: close)
            guard afterClose == rest.endIndex || rest[afterClose] == ":" else { return false }
            portStart = afterClose == rest.endIndex ? nil : rest.index(after: afterClose)
        } else {
            let colon = rest.firstIndex(of: ":")
            guard matches(rest[..<(colon ?? rest.endIndex)], Self.regName, allowsPrivateUse: false) else { return false }
            portStart = colon.map { rest.index(after: $0) }
        }
        guard let portStart else { return true }
        return rest[portStart...].allSatisfy { ASCIISet.digit.contains($0.value) }
    }

    /// IP-literal content: IPv6address / IPvFuture ("v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )).
    private func isIPLiteral(_ scalars: Scalars) -> Bool {
        if let first = scalars.first, first == "v" || first == "V" {
            let rest = scalars.dropFirst()
            guard let dot = rest.firstIndex(of: "."), dot != rest.startIndex,
                rest[..<dot].allSatisfy({ $0.isASCII && isHexDigit(UInt8($0.value)) })
            else { return false }
            let tail = rest[rest.index(after: dot)...]
            return !tail.isEmpty && tail.allSatisfy { Self.ipvFutureCharacters.contains($0.value) }
        }
        return IPAddressFormat.isValidIPv6(Substring(scalars).utf8)
    }

    /// Every scalar is in `set`, a `%XX` escape, or (for IRIs) a `ucschar` (or `iprivate` where allowed).
    private func matches(_ scalars: Scalars, _ set: ASCIISet, allowsPrivateUse: Bool) -> Bool {
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let value = scalars[index].value
            if value == 0x25 {  // '%' HEXDIG HEXDIG
                for _ in 0..<2 {
                    index = scalars.index(after: index)
                    guard index != scalars.endIndex, scalars[index].isASCII, isHexDigit(UInt8(scalars[index].value)) else {
                        return false
                    }
                }
            } else if !set.contains(value) {
                guard allowsUnicode, Self.isUCSChar(value) || (allowsPrivateUse && Self.isPrivateUse(value)) else {
                    return false
                }
            }
            index = scalars.index(after: index)
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
}
