/// The `hostname` and `idn-hostname` formats.
///
/// `hostname` (RFC 1123 section 2.1, with RFC 5890's A-labels): ASCII labels of letters, digits and
/// hyphens, 1 to 63 characters, not starting or ending with a hyphen, separated by `.`, at most 253
/// characters, no trailing dot. A label starting with `xn--` must be a valid A-label: well-formed,
/// canonical Punycode of a valid IDNA2008 U-label (see ``IDNA``).
///
/// `idn-hostname` (RFC 5890 section 2.3.2.3): labels may also be U-labels, checked against IDNA2008
/// without any mapping (no lowercasing or width folding, so `Ａ` or `A` in a U-label are invalid);
/// U+3002, U+FF0E and U+FF61 separate labels like `.`. Lengths count the A-label form.
enum HostnameFormat {
    private static let maximumLength = 253
    private static let maximumLabelLength = 63
    private static let aLabelPrefix: [UInt8] = Array("xn--".utf8)

    static func isValidHostname(_ value: String) -> Bool {
        value.withUTF8Bytes { isValidHostname(bytes: $0) }
    }

    static func isValidHostname<Bytes: Collection<UInt8>>(bytes: Bytes) -> Bool {
        guard let hasALabel = checkLetterDigitHyphenLabels(bytes) else { return false }
        // Only names with an A-label need decoding (and allocate).
        guard hasALabel else { return true }
        guard let labels = decodedLabels(Array(bytes)) else { return false }
        return IDNA.satisfiesBidiRule(labels)
    }

    static func isValidIDNHostname(_ value: String) -> Bool {
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return isValidHostname(value) }
        var labels: [[UInt32]] = [[]]
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x2E, 0x3002, 0xFF0E, 0xFF61: labels.append([])
            default: labels[labels.count - 1].append(scalar.value)
            }
        }
        var length = labels.count - 1  // the dots
        var decoded: [[UInt32]] = []
        for label in labels {
            if label.allSatisfy({ $0 < 0x80 }) {
                let bytes = label.map { UInt8($0) }
                guard let hasALabel = checkLetterDigitHyphenLabels(bytes) else { return false }
                guard let labelDecoded = hasALabel ? decodedLabels(bytes)?.first : label else { return false }
                decoded.append(labelDecoded)
                length += bytes.count
            } else {
                guard IDNA.isValidULabel(label), let punycode = IDNA.punycodeEncode(label),
                    4 + punycode.count <= maximumLabelLength
                else { return false }
                decoded.append(label)
                length += 4 + punycode.count
            }
        }
        return length <= maximumLength && IDNA.satisfiesBidiRule(decoded)
    }

    /// Checks the RFC 1123 structure of an ASCII name; returns whether a label starts with `xn--`
    /// (case-insensitive), or `nil` when the name is invalid.
    private static func checkLetterDigitHyphenLabels(_ bytes: some Sequence<UInt8>) -> Bool? {
        var length = 0
        var labelLength = 0
        var previous = UInt8(ascii: ".")
        var matchesALabelPrefix = false
        var hasALabel = false
        for byte in bytes {
            length += 1
            defer { previous = byte }
            if byte == UInt8(ascii: ".") {
                guard labelLength > 0, previous != UInt8(ascii: "-") else { return nil }
                labelLength = 0
                continue
            }
            let lowercased = byte | 0x20  // keeps digits and '-' as they are
            let isLetter = lowercased &- UInt8(ascii: "a") < 26
            let isDigit = byte &- UInt8(ascii: "0") < 10
            guard isLetter || isDigit || byte == UInt8(ascii: "-") else { return nil }
            guard byte != UInt8(ascii: "-") || labelLength > 0 else { return nil }
            labelLength += 1
            guard labelLength <= maximumLabelLength else { return nil }
            if labelLength <= 4 {
                matchesALabelPrefix = (labelLength == 1 || matchesALabelPrefix) && lowercased == aLabelPrefix[labelLength - 1]
                if labelLength == 4, matchesALabelPrefix { hasALabel = true }
            }
        }
        guard length > 0, length <= maximumLength, labelLength > 0, previous != UInt8(ascii: "-") else { return nil }
        return hasALabel
    }

    /// The labels of a valid LDH name as code points, A-labels decoded; `nil` when an A-label is not the
    /// canonical Punycode of a valid U-label (RFC 5891 section 5.3).
    private static func decodedLabels(_ bytes: [UInt8]) -> [[UInt32]]? {
        var labels: [[UInt32]] = []
        for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
            guard label.count >= 4, label.prefix(4).map({ $0 | 0x20 }) == aLabelPrefix else {
                labels.append(label.map(UInt32.init))
                continue
            }
            let punycode = label.dropFirst(4)
            let lowercased = punycode.map { $0 | 0x20 &- UInt8(ascii: "a") < 26 ? $0 | 0x20 : $0 }
            guard let decoded = IDNA.punycodeDecode(punycode),
                decoded.contains(where: { $0 >= 0x80 }),
                IDNA.punycodeEncode(decoded) == lowercased,
                IDNA.isValidULabel(decoded)
            else { return nil }
            labels.append(decoded)
        }
        return labels
    }
}
