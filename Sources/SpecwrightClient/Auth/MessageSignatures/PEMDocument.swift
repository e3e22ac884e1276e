import Foundation

/// The DER bytes of a PEM block (RFC 7468), for key formats swift-crypto reads only as raw bytes.
enum PEMDocument {
    /// The label (`PRIVATE KEY`, `PUBLIC KEY`, ...) and DER bytes of the first PEM block in `text`.
    static func decode(_ text: String) throws(MessageSignatureError) -> (label: String, der: [UInt8]) {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(where: { $0.hasPrefix("-----BEGIN ") && $0.hasSuffix("-----") }),
            let end = lines[begin...].firstIndex(where: { $0.hasPrefix("-----END ") })
        else {
            throw .unknownKey("not a PEM document (no BEGIN/END lines)")
        }
        let label = String(lines[begin].dropFirst("-----BEGIN ".count).dropLast(5))
        guard let der = Data(base64Encoded: lines[(begin + 1)..<end].joined()) else {
            throw .unknownKey("the PEM block \(label) is not valid base64")
        }
        return (label, Array(der))
    }

    /// The 32-byte Ed25519 key inside a PKCS #8 private key or a SubjectPublicKeyInfo (RFC 8410): both have
    /// one fixed encoding, so the key is what follows the known prefix.
    static func ed25519KeyBytes(_ text: String) throws(MessageSignatureError) -> (isPrivate: Bool, key: [UInt8]) {
        let (label, der) = try decode(text)
        let privatePrefix: [UInt8] = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]
        let publicPrefix: [UInt8] = [0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]
        if label == "PRIVATE KEY", der.count == privatePrefix.count + 32, der.starts(with: privatePrefix) {
            return (true, Array(der.suffix(32)))
        }
        if label == "PUBLIC KEY", der.count == publicPrefix.count + 32, der.starts(with: publicPrefix) {
            return (false, Array(der.suffix(32)))
        }
        throw .unknownKey("the PEM block \(label) is not an Ed25519 key (RFC 8410)")
    }

    /// The private key inside a PKCS #8 `PrivateKeyInfo` (RFC 5208): for RSA, the PKCS #1 key. swift-crypto
    /// reads PKCS #8 only with the rsaEncryption OID, not with RSASSA-PSS (RFC 4055) as RFC 9421's test key has.
    static func pkcs8PrivateKey(_ der: [UInt8]) throws(MessageSignatureError) -> [UInt8] {
        var outer = DERReader(der)
        var info = DERReader(try outer.read(tag: 0x30))
        _ = try info.read(tag: 0x02)
        _ = try info.read(tag: 0x30)
        return try info.read(tag: 0x04)
    }

    /// Reads definite-length DER elements one after the other.
    private struct DERReader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The contents of the next element, which must have `tag`.
        mutating func read(tag: UInt8) throws(MessageSignatureError) -> [UInt8] {
            guard index + 2 <= bytes.count, bytes[index] == tag else {
                throw .unknownKey("not a PKCS #8 private key (expected DER tag \(tag) at byte \(index))")
            }
            var length = Int(bytes[index + 1])
            index += 2
            if length & 0x80 != 0 {
                let lengthBytes = length & 0x7F
                guard (1...3).contains(lengthBytes), index + lengthBytes <= bytes.count else {
                    throw .unknownKey("not a PKCS #8 private key (bad DER length)")
                }
                length = bytes[index..<(index + lengthBytes)].reduce(0) { $0 << 8 | Int($1) }
                index += lengthBytes
            }
            guard index + length <= bytes.count else {
                throw .unknownKey("not a PKCS #8 private key (truncated)")
            }
            defer { index += length }
            return Array(bytes[index..<(index + length)])
        }
    }
}
