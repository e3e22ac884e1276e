/// The `ipv4` and `ipv6` formats.
///
/// `ipv4`: RFC 2673 dotted-quad, four decimal numbers 0-255 without leading zeros (`01` is invalid, as
/// it is octal to some parsers). `ipv6`: RFC 4291 section 2.2 text forms, with at most one `::` and an
/// optional dotted-quad tail; no zone (`%eth0`), prefix length or brackets.
enum IPAddressFormat {
    static func isValidIPv4(_ value: String) -> Bool {
        value.withUTF8Bytes { isValidIPv4($0) }
    }

    static func isValidIPv6(_ value: String) -> Bool {
        value.withUTF8Bytes { isValidIPv6($0) }
    }

    static func isValidIPv4<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var dots = 0
        var value = 0
        var digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, dots < 3 else { return false }
                dots += 1
                value = 0
                digits = 0
                continue
            }
            // A digit, and not one after a leading zero.
            guard byte &- UInt8(ascii: "0") < 10, digits == 0 || value > 0 else { return false }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            guard value <= 255 else { return false }
        }
        return dots == 3 && digits > 0
    }

    static func isValidIPv6<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var groups = 0  // 16-bit groups written out (a dotted quad counts two)
        var sawDoubleColon = false
        var index = bytes.startIndex
        let end = bytes.endIndex
        guard index != end else { return false }
        // A leading "::" (a single leading ':' is invalid).
        if bytes[index] == UInt8(ascii: ":") {
            let next = bytes.index(after: index)
            guard next != end, bytes[next] == UInt8(ascii: ":") else { return false }
            sawDoubleColon = true
            index = bytes.index(after: next)
            if index == end { return true }
        }
        while index != end {
            // One group: 1-4 hex digits, or a dotted quad at the end.
            let groupStart = index
            var hexDigits = 0
            while index != end, ASCIISet.isHexDigit(bytes[index]) {
                hexDigits += 1
                index = bytes.index(after: index)
            }
            if index != end, bytes[index] == UInt8(ascii: ".") {
                guard groups <= 6, isValidIPv4(bytes[groupStart..<end]) else { return false }
                groups += 2
                index = end
                break
            }
            guard hexDigits >= 1, hexDigits <= 4 else { return false }
            groups += 1
            if index == end { break }
            guard bytes[index] == UInt8(ascii: ":") else { return false }
            index = bytes.index(after: index)
            guard index != end else { return false }  // a single trailing ':'
            if bytes[index] == UInt8(ascii: ":") {
                guard !sawDoubleColon else { return false }
                sawDoubleColon = true
                index = bytes.index(after: index)
            }
        }
        return sawDoubleColon ? groups <= 7 : groups == 8
    }
}
