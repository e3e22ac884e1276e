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
}
