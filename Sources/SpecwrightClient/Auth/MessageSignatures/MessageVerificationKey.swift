import _CryptoExtras
import Crypto
import Foundation

/// A public (or shared) key that verifies HTTP message signatures of one algorithm.
public struct MessageVerificationKey: Sendable {
    // swift-crypto does not mark its key types Sendable on every platform; they are immutable values whose
    // underlying BoringSSL keys are only read while signing and verifying, which is safe across threads.
    enum Material: @unchecked Sendable {
        case ed25519(Curve25519.Signing.PublicKey)
        case p256(P256.Signing.PublicKey)
        case p384(P384.Signing.PublicKey)
        case p521(P521.Signing.PublicKey)
        case rsa(_RSA.Signing.PublicKey)
        case hmac(SymmetricKey)
    }

    let material: Material
    public let algorithm: SignatureAlgorithm

    init(material: Material, algorithm: SignatureAlgorithm) {
        self.material = material
        self.algorithm = algorithm
    }

    public static func ed25519(_ key: Curve25519.Signing.PublicKey) -> MessageVerificationKey {
        MessageVerificationKey(material: .ed25519(key), algorithm: .ed25519)
    }

    public static func ecdsaP256SHA256(_ key: P256.Signing.PublicKey) -> MessageVerificationKey {
        MessageVerificationKey(material: .p256(key), algorithm: .ecdsaP256SHA256)
    }

    public static func ecdsaP384SHA384(_ key: P384.Signing.PublicKey) -> MessageVerificationKey {
        MessageVerificationKey(material: .p384(key), algorithm: .ecdsaP384SHA384)
    }

    public static func ecdsaP521SHA512(_ key: P521.Signing.PublicKey) -> MessageVerificationKey {
        MessageVerificationKey(material: .p521(key), algorithm: .ecdsaP521SHA512)
    }

    public static func rsaPSSSHA512(_ key: _RSA.Signing.PublicKey) -> MessageVerificationKey {
        MessageVerificationKey(material: .rsa(key), algorithm: .rsaPSSSHA512)
    }

    public static func rsaV1_5SHA256(_ key: _RSA.Signing.PublicKey) -> MessageVerificationKey {
        MessageVerificationKey(material: .rsa(key), algorithm: .rsaV1_5SHA256)
    }

    public static func hmacSHA256(secret: some DataProtocol) -> MessageVerificationKey {
        MessageVerificationKey(material: .hmac(SymmetricKey(data: Data(secret))), algorithm: .hmacSHA256)
    }

    /// A public key from PEM text (SubjectPublicKeyInfo, or PKCS #1 for RSA) for `algorithm`.
    public init(pemRepresentation pem: String, algorithm: SignatureAlgorithm) throws {
        guard case .publicKey(let material) = try PEMKeyLoader.load(pem, algorithm: algorithm) else {
            throw MessageSignatureError.unknownKey("the PEM block is a private key")
        }
        self.init(material: material, algorithm: algorithm)
    }

    /// An EC public key from a JSON Web Key's base64url `x` and `y` (RFC 7518 section 6.2), as Upvest's
    /// `GET /auth/verify_keys` lists its webhook keys; `crv` picks the curve.
    public init(jwkCurve curve: String, x: String, y: String) throws {
        guard let x = Self.base64URLDecoded(x), let y = Self.base64URLDecoded(y) else {
            throw MessageSignatureError.unknownKey("the JWK's x or y is not base64url")
        }
        let raw = x + y
        switch curve {
        case "P-256": self = .ecdsaP256SHA256(try P256.Signing.PublicKey(rawRepresentation: raw))
        case "P-384": self = .ecdsaP384SHA384(try P384.Signing.PublicKey(rawRepresentation: raw))
        case "P-521": self = .ecdsaP521SHA512(try P521.Signing.PublicKey(rawRepresentation: raw))
        default: throw MessageSignatureError.unknownKey("JWK curve \(curve) is not supported")
        }
    }

    /// Whether `signature` is this key's signature of `base`.
    func isValidSignature(_ signature: [UInt8], for base: some DataProtocol) -> Bool {
        switch material {
        case .ed25519(let key):
            return key.isValidSignature(signature, for: Data(base))
        case .p256(let key):
            guard let parsed = try? P256.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(parsed, for: SHA256.hash(data: base))
        case .p384(let key):
            guard let parsed = try? P384.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(parsed, for: SHA384.hash(data: base))
        case .p521(let key):
            guard let parsed = try? P521.Signing.ECDSASignature(rawRepresentation: signature) else { return false }
            return key.isValidSignature(parsed, for: SHA512.hash(data: base))
        case .rsa(let key) where algorithm == .rsaPSSSHA512:
            return key.isValidSignature(.init(rawRepresentation: signature), for: SHA512.hash(data: base), padding: .PSS)
        case .rsa(let key):
            return key.isValidSignature(
                .init(rawRepresentation: signature), for: SHA256.hash(data: base), padding: .insecurePKCS1v1_5)
        case .hmac(let key):
            return HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: base, using: key)
        }
    }

    private static func base64URLDecoded(_ text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
