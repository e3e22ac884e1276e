/// The `email` (RFC 5321 section 4.1.2 Mailbox) and `idn-email` (RFC 6531) formats.
///
/// `email`: a local part that is a dot-string of atoms (`joe.bloggs`, no leading, trailing or doubled
/// dot) or a quoted string (`"joe bloggs"`), at most 64 octets; `@`; a domain that is a `hostname` or an
/// address literal, `[192.0.2.1]` or `[IPv6:2001:db8::1]`. Comments, folding whitespace and display names
/// (`Joe <joe@example.com>`) are not part of a mailbox.
///
/// `idn-email`: the same, where the local part may also contain any non-ASCII character (RFC 6531's
/// UTF8-non-ascii, unnormalised) and domain labels may contain non-ASCII characters. The domain's
/// non-ASCII labels are not checked against IDNA2008: RFC 6531 allows U-labels and the JSON Schema test
/// suite expects unnormalised ones to pass, so the check is the email grammar, not `idn-hostname`.
enum EmailFormat {
    private static let atext = ASCIISet.alpha.union(.digit).union(ASCIISet("!#$%&'*+-/=?^_`{|}~"))
    private static let maximumLocalPartLength = 64
    private static let maximumDomainLength = 255

    static func isValidEmail(_ value: String) -> Bool {
        isValid(value, allowsUnicode: false)
    }

    static func isValidIDNEmail(_ value: String) -> Bool {
        isValid(value, allowsUnicode: true)
    }

    private static func isValid(_ value: String, allowsUnicode: Bool) -> Bool {
        let scalars = value.unicodeScalars
        guard let domainStart = localPartEnd(scalars, allowsUnicode: allowsUnicode),
            scalars[domainStart] == "@"
        else { return false }
        let localPart = value.unicodeScalars[..<domainStart]
        guard Substring(localPart).utf8.count <= maximumLocalPartLength else { return false }
        let domain = Substring(scalars[scalars.index(after: domainStart)...])
        return isValidDomain(domain, allowsUnicode: allowsUnicode)
    }

    /// The index just after a valid local part (where `@` must be), or `nil`.
    private static func localPartEnd(_ scalars: String.UnicodeScalarView, allowsUnicode: Bool) -> String.UnicodeScalarView.Index? {
        var index = scalars.startIndex
        guard index != scalars.endIndex else { return nil }
        if scalars[index] == "\"" {
            // Quoted-string: qtextSMTP or quoted-pairSMTP (backslash + printable ASCII).
            index = scalars.index(after: index)
            while index != scalars.endIndex {
                let value = scalars[index].value
                switch value {
                case 0x22:
                    let end = scalars.index(after: index)
                    return end == scalars.endIndex ? nil : end
                case 0x5C:
                    index = scalars.index(after: index)
                    guard index != scalars.endIndex, (0x20...0x7E).contains(scalars[index].value) else { return nil }
                case 0x20...0x21, 0x23...0x5B, 0x5D...0x7E:
                    break
                default:
                    guard allowsUnicode, value >= 0x80 else { return nil }
                }
                index = scalars.index(after: index)
            }
            return nil
        }
        // Dot-string: atoms separated by single dots.
        var previousWasDot = true
        while index != scalars.endIndex, scalars[index] != "@" {
            let value = scalars[index].value
            if value == 0x2E {
                guard !previousWasDot else { return nil }
                previousWasDot = true
            } else {
                guard atext.contains(value) || (allowsUnicode && value >= 0x80) else { return nil }
                previousWasDot = false
            }
            index = scalars.index(after: index)
        }
        return previousWasDot || index == scalars.endIndex ? nil : index
    }

    private static func isValidDomain(_ domain: Substring, allowsUnicode: Bool) -> Bool {
        if domain.first == "[" {
            guard domain.last == "]", domain.count >= 2 else { return false }
            let literal = domain.dropFirst().dropLast()
            if literal.utf8.starts(with: "IPv6:".utf8) {
                return IPAddressFormat.isValidIPv6(literal.dropFirst(5).utf8)
            }
            return IPAddressFormat.isValidIPv4(literal.utf8)
        }
        if !allowsUnicode || domain.utf8.allSatisfy({ $0 < 0x80 }) {
            return HostnameFormat.isValidHostname(domain)
        }
        // Labels of letters, digits, hyphens or non-ASCII characters, no hyphen at either end.
        guard domain.utf8.count <= maximumDomainLength else { return false }
        for label in domain.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last, first != "-", last != "-" else { return false }
            let isLetterDigitHyphenOrUnicode = label.allSatisfy { scalar in
                scalar.value >= 0x80 || ASCIISet.alpha.contains(scalar.value) || ASCIISet.digit.contains(scalar.value) || scalar == "-"
            }
            guard isLetterDigitHyphenOrUnicode else { return false }
        }
        return true
    }
}
