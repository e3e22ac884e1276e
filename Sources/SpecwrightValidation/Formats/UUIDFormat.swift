/// The `uuid` format (RFC 9562 string representation): 32 hexadecimal digits, either case, grouped 8-4-4-4-12
/// by hyphens. Any version and variant; no braces, no `urn:uuid:` prefix.
enum UUIDFormat {
    static func isValid(_ value: String) -> Bool {
        var count = 0
        for byte in value.utf8 {
            switch count {
            case 8, 13, 18, 23:
                guard byte == UInt8(ascii: "-") else { return false }
            default:
                guard ASCIISet.isHexDigit(byte) else { return false }
            }
            count += 1
        }
        return count == 36
    }
}
