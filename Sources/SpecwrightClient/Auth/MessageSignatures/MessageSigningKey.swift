import _CryptoExtras
import Crypto
import Foundation

/// A private (or shared) key that signs HTTP messages, with the algorithm it signs with.
public struct MessageSigningKey: Sendable {
    // swift-crypto does not mark its key types Sendable on every platform; they are immutable values whose
    // underlying BoringSSL keys are only read while signing and verifying, which is safe across threads.
    enum Material: @unchecked Sendable {
        case ed25519(Curve25519.Signing.PrivateKey)
        case p256(P256.Signing.PrivateKey)
        case p384(P384.Signing.PrivateKey)
        case p521(P521.Signing.PrivateKey)
        case rsa(_RSA.Signing.PrivateKey)
        case hmac(SymmetricKey)
    }

    let material: Material
    public let algorithm: SignatureAlgorithm

    init(material: Material, algorithm: SignatureAlgorithm) {
        self.material = material
        self.algorithm = algorithm
    }

    public static func ed25519(_ key: Curve25519.Signing.PrivateKey) -> MessageSigningKey {
        MessageSigningKey(material: .ed25519(key), algorithm: .ed25519)
    }

    public static func ecdsaP256SHA256(_ key: P256.Signing.PrivateKey) -> MessageSigningKey {
        MessageSigningKey(material: .p256(key), algorithm: .ecdsaP256SHA256)
    }

    public static func ecdsaP384SHA384(_ key: P384.Signing.PrivateKey) -> MessageSigningKey {
        MessageSigningKey(material: .p384(key), algorithm: .ecdsaP384SHA384)
    }

    public static func ecdsaP521SHA512(_ key: P521.Signing.PrivateKey) -> MessageSigningKey {
        MessageSigningKey(material: .p521(key), algorithm: .ecdsaP521SHA512)
    }

    public static func rsaPSSSHA512(_ key: _RSA.Signing.PrivateKey) -> MessageSigningKey {
        MessageSigningKey(material: .rsa(key), algorithm: .rsaPSSSHA512)
    }

    public static func rsaV1_5SHA256(_ key: _RSA.Signing.PrivateKey) -> MessageSigningKey {
        MessageSigningKey(material: .rsa(key), algorithm: .rsaV1_5SHA256)
    }

    /// An HMAC-SHA256 shared secret (RFC 9421 asks for at least 64 bytes of it).
    public static func hmacSHA256(secret: some DataProtocol) -> MessageSigningKey {
        MessageSigningKey(material: .hmac(SymmetricKey(data: Data(secret))), algorithm: .hmacSHA256)
    }

    /// A key from PEM text (PKCS #8, SEC 1 or PKCS #1) for `algorithm`; throws when the text does not
    /// hold a private key of the algorithm's type.
    public init(pemRepresentation pem: String, algorithm: SignatureAlgorithm) throws {
        guard case .privateKey(let material) = try PEMKeyLoader.load(pem, algorithm: algorithm) else {
            throw MessageSignatureError.unknownKey("the PEM block is a public key")
        }
        self.init(material: material, algorithm: algorithm)
    }

    /// The signature of `base` (RFC 9421 section 3.3): ECDSA as the fixed-size `r || s`.
    func signature(for base: some DataProtocol) throws -> Data {
        switch material {
        case .ed25519(let key): return try key.signature(for: Data(base))
        case .p256(let key): return try key.signature(for: SHA256.hash(data: base)).rawRepresentation
        case .p384(let key): return try key.signature(for: SHA384.hash(data: base)).rawRepresentation
        case .p521(let key): return try key.signature(for: SHA512.hash(data: base)).rawRepresentation
        case .rsa(let key) where algorithm == .rsaPSSSHA512:
            return try key.signature(for: SHA512.hash(data: base), padding: .PSS).rawRepresentation
        case .rsa(let key):
            return try key.signature(for: SHA256.hash(data: base), padding: .insecurePKCS1v1_5).rawRepresentation
        case .hmac(let key):
            return Data(HMAC<SHA256>.authenticationCode(for: base, using: key))
        }
    }

    /// The key that verifies this key's signatures.
    public var verificationKey: MessageVerificationKey {
        switch material {
        case .ed25519(let key): .ed25519(key.publicKey)
        case .p256(let key): .ecdsaP256SHA256(key.publicKey)
        case .p384(let key): .ecdsaP384SHA384(key.publicKey)
        case .p521(let key): .ecdsaP521SHA512(key.publicKey)
        case .rsa(let key): algorithm == .rsaPSSSHA512 ? .rsaPSSSHA512(key.publicKey) : .rsaV1_5SHA256(key.publicKey)
        case .hmac(let key): MessageVerificationKey(material: .hmac(key), algorithm: .hmacSHA256)
        }
    }
}
