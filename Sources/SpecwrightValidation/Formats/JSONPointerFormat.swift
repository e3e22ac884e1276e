/// The `json-pointer` (RFC 6901) and `relative-json-pointer` formats.
///
/// `json-pointer`: empty, or `/`-prefixed reference tokens in which `~` is only followed by `0` or `1`
/// (any other Unicode, including control characters, is allowed). `relative-json-pointer`
/// (draft-handrews-relative-json-pointer-01): a non-negative integer without leading zeros, then either
/// `#` or a JSON pointer.
enum JSONPointerFormat {
    static func isValidJSONPointer(_ value: String) -> Bool {
        value.withUTF8Bytes { isValidJSONPointer($0[...]) }
    }

    static func isValidRelativeJSONPointer(_ value: String) -> Bool {
        value.withUTF8Bytes { isValidRelativeJSONPointer($0[...]) }
    }

    private static func isValidRelativeJSONPointer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = bytes.startIndex
        var digits = 0
        while index != bytes.endIndex, bytes[index] &- UInt8(ascii: "0") < 10 {
            if digits == 1, bytes[bytes.startIndex] == UInt8(ascii: "0") { return false }
            digits += 1
            index = bytes.index(after: index)
        }
        guard digits > 0 else { return false }
        if index != bytes.endIndex, bytes[index] == UInt8(ascii: "#") {
            return bytes.index(after: index) == bytes.endIndex
        }
        return isValidJSONPointer(bytes[index...])
    }

    private static func isValidJSONPointer(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = bytes.first else { return true }
        guard first == UInt8(ascii: "/") else { return false }
        var afterTilde = false
        for byte in bytes {
            if afterTilde {
                guard byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") else { return false }
                afterTilde = false
            } else if byte == UInt8(ascii: "~") {
                afterTilde = true
            }
        }
        return !afterTilde
    }
}
