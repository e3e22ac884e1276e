/// The `uri-template` format (RFC 6570 level 4, with erratum 6937's literal set, which allows `'`, `?`,
/// `@` and uppercase letters outside expressions).
///
/// Expressions are `{` [operator] varspec *("," varspec) `}` with operators `+ # . / ; ? &`; the
/// operators RFC 6570 reserves for extensions (`= , ! @ |`) are rejected, since no processor can expand
/// them. A varspec is a name (letters, digits, `_`, `%XX`, single dots between) with an optional `*` or
/// `:` and a length of 1 to 9999.
enum URITemplateFormat {
    private static let literalCharacters = ASCIISet(
        ranges: 0x21...0x21, 0x23...0x24, 0x26...0x3B, 0x3D...0x3D, 0x3F...0x5B, 0x5D...0x5D, 0x5F...0x5F,
        0x61...0x7A, 0x7E...0x7E)
    private static let operators = ASCIISet("+#./;?&")
    private static let varchars = ASCIISet.alpha.union(.digit).union(ASCIISet("_"))

    static func isValid(_ value: String) -> Bool {
        let scalars = value.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let value = scalars[index].value
            switch value {
            case 0x7B:  // '{'
                guard let close = scalars[index...].firstIndex(of: "}"),
                    isExpression(scalars[scalars.index(after: index)..<close])
                else { return false }
                index = close
            case 0x25:  // '%' HEXDIG HEXDIG
                guard let next = skipPercentEncoded(scalars[index...]) else { return false }
                index = scalars.index(before: next)
            default:
                guard literalCharacters.contains(value) || URIGrammar.isUCSChar(value) || URIGrammar.isPrivateUse(value) else {
                    return false
                }
            }
            index = scalars.index(after: index)
        }
        return true
    }

    /// The inside of `{...}`.
    private static func isExpression(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var rest = scalars
        if let first = rest.first, operators.contains(first.value) { rest = rest.dropFirst() }
        // The variable list: non-empty varspecs separated by commas (split keeps empty ones to reject them).
        return rest.split(separator: ",", omittingEmptySubsequences: false).allSatisfy(isVarspec)
    }

    /// varspec = varname [ ":" max-length / "*" ]
    private static func isVarspec(_ scalars: Substring.UnicodeScalarView) -> Bool {
        var name = scalars
        if name.last == "*" {
            name = name.dropLast()
        } else if let colon = name.firstIndex(of: ":") {
            let length = name[name.index(after: colon)...]
            guard let first = length.first, first != "0", (1...4).contains(length.count),
                length.allSatisfy({ ASCIISet.digit.contains($0.value) })
            else { return false }
            name = name[..<colon]
        }
        // varname = varchar *( ["."] varchar )
        var index = name.startIndex
        var previousWasDot = true  // a name may not start with '.'
        while index != name.endIndex {
            let value = name[index].value
            if value == 0x2E {
                guard !previousWasDot else { return false }
                previousWasDot = true
            } else if value == 0x25 {
                guard let next = skipPercentEncoded(name[index...]) else { return false }
                index = name.index(before: next)
                previousWasDot = false
            } else {
                guard varchars.contains(value) else { return false }
                previousWasDot = false
            }
            index = name.index(after: index)
        }
        return !previousWasDot
    }

    /// The index after `%XX` at the start of `scalars`, or `nil` if it is not a percent-encoded octet.
    private static func skipPercentEncoded(_ scalars: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView.Index? {
        var index = scalars.index(after: scalars.startIndex)
        for _ in 0..<2 {
            guard index != scalars.endIndex, scalars[index].isASCII, ASCIISet.isHexDigit(UInt8(scalars[index].value)) else {
                return nil
            }
            index = scalars.index(after: index)
        }
        return index
    }
}
