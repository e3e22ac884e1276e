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
    private static let letterDigitHyphen = ASCIISet.alpha.union(.digit).union(ASCIISet("-"))
    private static let maximumLocalPartLength = 64
    private static let maximumDomainLength = 255

    static func isValidEmail(_ value: String) -> Bool {
        value.withUTF8Bytes { isValid($0[...], allowsUnicode: false) }
    }

    static func isValidIDNEmail(_ value: String) -> Bool {
        value.withUTF8Bytes { isValid($0[...], allowsUnicode: true) }
    }

    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private static func isValid(_ bytes: Bytes, allowsUnicode: Bool) -> Bool {
        guard let at = localPartEnd(bytes, allowsUnicode: allowsUnicode),
            at - bytes.startIndex <= maximumLocalPartLength
        else { return false }
        return isValidDomain(bytes[(at + 1)...], allowsUnicode: allowsUnicode)
    }

    /// The index of the `@` after a valid local part, or `nil`. Bytes from 0x80 up belong to non-ASCII
    /// characters (the input is valid UTF-8), which only `idn-email` allows.
    private static func localPartEnd(_ bytes: Bytes, allowsUnicode: Bool) -> Int? {
        var index = bytes.startIndex
        guard index < bytes.endIndex else { return nil }
        if bytes[index] == UInt8(ascii: "\"") {
            // Quoted-string: qtextSMTP or quoted-pairSMTP (backslash + printable ASCII).
            index += 1
            while index < bytes.endIndex {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return index < bytes.endIndex && bytes[index] == UInt8(ascii: "@") ? index : nil
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.endIndex, (0x20...0x7E).contains(bytes[index]) else { return nil }
                case 0x20...0x21, 0x23...0x5B, 0x5D...0x7E:
                    break
                case let byte:
                    guard allowsUnicode, byte >= 0x80 else { return nil }
                }
                index += 1
            }
            return nil
        }
        // Dot-string: atoms separated by single dots.
        var previousWasDot = true
        while index < bytes.endIndex, bytes[index] != UInt8(ascii: "@") {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard !previousWasDot else { return nil }
                previousWasDot = true
            } else {
                guard atext.contains(UInt32(byte)) || (allowsUnicode && byte >= 0x80) else { return nil }
                previousWasDot = false
            }
            index += 1
        }
        return previousWasDot || index == bytes.endIndex ? nil : index
    }

    private static func isValidDomain(_ domain: Bytes, allowsUnicode: Bool) -> Bool {
        if domain.first == UInt8(ascii: "[") {
            guard domain.count >= 2, domain.last == UInt8(ascii: "]") else { return false }
            let literal = domain.dropFirst().dropLast()
            if literal.starts(with: "IPv6:".utf8) {
                return IPAddressFormat.isValidIPv6(literal.dropFirst(5))
            }
            return IPAddressFormat.isValidIPv4(literal)
        }
        if !allowsUnicode || domain.allSatisfy({ $0 < 0x80 }) {
            return HostnameFormat.isValidHostname(bytes: domain)
        }
        // Labels of letters, digits, hyphens or non-ASCII characters, no hyphen at either end.
        guard domain.count <= maximumDomainLength else { return false }
        for label in domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard let first = label.first, let last = label.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-"),
                label.allSatisfy({ $0 >= 0x80 || letterDigitHyphen.contains(UInt32($0)) })
            else { return false }
        }
        return true
    }
}
