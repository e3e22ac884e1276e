import Crypto
import Foundation

/// The `Content-Digest` field of RFC 9530: a hash of the message content, so that a signature that covers
/// the field covers the body.
public enum ContentDigest {
    /// The hash algorithms of RFC 9530's registry that are not deprecated.
    public enum Algorithm: String, Sendable, Hashable, CaseIterable {
        case sha256 = "sha-256"
        case sha512 = "sha-512"

        func digest(of content: some DataProtocol) -> [UInt8] {
            switch self {
            case .sha256: Array(SHA256.hash(data: content))
            case .sha512: Array(SHA512.hash(data: content))
            }
        }
    }

    /// The field value for `content`: `sha-512=:<base64>:`.
    public static func fieldValue(for content: some DataProtocol, algorithm: Algorithm = .sha512) -> String {
        StructuredField.serialize([(key: algorithm.rawValue, member: .item(.init(value: .byteSequence(algorithm.digest(of: content)))))])
    }

    /// Checks a received `Content-Digest` value against `content`: every digest of a known algorithm must
    /// match, and at least one must be present.
    public static func verify(fieldValue: String, content: some DataProtocol) throws(MessageSignatureError) {
        guard let dictionary = try? StructuredField.parseDictionary(fieldValue) else {
            throw .contentDigestMismatch("Content-Digest is not a structured dictionary")
        }
        var checked = 0
        for (key, member) in dictionary {
            guard let algorithm = Algorithm(rawValue: key) else { continue }
            guard case .item(let item) = member, case .byteSequence(let digest) = item.value else {
                throw .contentDigestMismatch("\(key) is not a byte sequence")
            }
            guard digest == algorithm.digest(of: content) else {
                throw .contentDigestMismatch("the \(key) digest does not match the body")
            }
            checked += 1
        }
        guard checked > 0 else {
            throw .contentDigestMismatch("no sha-256 or sha-512 digest in \"\(fieldValue)\"")
        }
    }
}
