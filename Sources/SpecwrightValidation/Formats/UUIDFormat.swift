/// The `uuid` format (RFC 9562 string representation): 32 hexadecimal digits, either case, grouped 8-4-4-4-12
/// by hyphens. Any version and variant; no braces, no `urn:uuid:` prefix.
enum UUIDFormat {
    static func isValid(_ value: String) -> Bool {
        value.withUTF8Bytes(isValid)
    }

    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == 36 else { return false }
        var count = 0
        for byte in bytes {
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
