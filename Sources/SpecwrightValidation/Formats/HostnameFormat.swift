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

    static func isValidHostname(_ value: String) -> Bool {
        var labels = ASCIILabels()
        for byte in value.utf8 {
            guard byte < 0x80, labels.append(byte) else { return false }
        }
        return labels.finish()
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
        var decodedLabels: [[UInt32]] = []
        for label in labels {
            if label.allSatisfy({ $0 < 0x80 }) {
                var ascii = ASCIILabels()
                for scalar in label { guard ascii.append(UInt8(scalar)) else { return false } }
                guard ascii.finish(), let decoded = ascii.decodedLabels.first else { return false }
                length += label.count
                decodedLabels.append(decoded)
            } else {
                guard IDNA.isValidULabel(label), let encoded = IDNA.punycodeEncode(label) else { return false }
                let aLabelLength = 4 + encoded.count
                guard aLabelLength <= maximumLabelLength else { return false }
                length += aLabelLength
                decodedLabels.append(label)
            }
        }
        return length <= maximumLength && IDNA.satisfiesBidiRule(decodedLabels)
    }

    /// Reads an ASCII host name a byte at a time: LDH labels, with A-labels decoded and checked.
    private struct ASCIILabels {
        private var length = 0
        private var labelStart = 0
        private var previous: UInt8 = UInt8(ascii: ".")
        private var bytes: [UInt8] = []  // only kept once an A-label is seen
        private var hasALabel = false
        /// Every label as code points (A-labels decoded), filled by `finish` when a label is an A-label.
        private(set) var decodedLabels: [[UInt32]] = []

        /// Adds one byte; `false` when the name is already invalid.
        mutating func append(_ byte: UInt8) -> Bool {
            defer {
                previous = byte
                length += 1
            }
            if byte == UInt8(ascii: ".") {
                return endLabel()
            }
            let isLetterOrDigit = byte | 0x20 &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
            guard isLetterOrDigit || byte == UInt8(ascii: "-") else { return false }
            if byte == UInt8(ascii: "-"), previous == UInt8(ascii: ".") { return false }
            if length - labelStart >= maximumLabelLength { return false }
            if length - labelStart == 3, byte == UInt8(ascii: "-") {
                hasALabel = hasALabel || isALabelPrefix
            }
            return true
        }

        /// Ends the name; `true` when it is a valid host name.
        mutating func finish() -> Bool {
            guard endLabel(), length > 0, length <= maximumLength else { return false }
            if !hasALabel { return true }
            // Decode every label, check the A-labels as U-labels, and the Bidi rule over the whole name.
            for label in bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false) {
                if label.count > 4, label.prefix(4).map({ $0 | 0x20 }) == Array("xn--".utf8) {
                    let punycode = label.dropFirst(4)
                    guard let decoded = IDNA.punycodeDecode(punycode), decoded.contains(where: { $0 >= 0x80 }),
                        IDNA.punycodeEncode(decoded) == punycode.map({ $0 | 0x20 &- UInt8(ascii: "a") < 26 ? $0 | 0x20 : $0 }),
                        IDNA.isValidULabel(decoded)
                    else { return false }
                    decodedLabels.append(decoded)
                } else {
                    decodedLabels.append(label.map(UInt32.init))
                }
            }
            return IDNA.satisfiesBidiRule(decodedLabels)
        }

        private var isALabelPrefix: Bool {
            // Called at the fourth byte of a label; the bytes so far are kept from here on.
            if bytes.isEmpty { bytes.reserveCapacity(maximumLength) }
            return true
        }

        private mutating func endLabel() -> Bool {
            let labelLength = length - labelStart
            guard labelLength > 0, previous != UInt8(ascii: "-") else { return false }
            labelStart = length + 1
            return true
        }
    }
}
