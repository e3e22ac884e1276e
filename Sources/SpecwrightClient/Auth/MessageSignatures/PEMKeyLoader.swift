import _CryptoExtras
import Crypto
import Foundation

/// Reads a PEM key for a signature algorithm, private or public: the one loader behind
/// `MessageSigningKey(pemRepresentation:algorithm:)` and `MessageVerificationKey(pemRepresentation:algorithm:)`.
///
/// Private keys: PKCS #8 (`PRIVATE KEY`, including RSA keys with the RSASSA-PSS OID), SEC 1
/// (`EC PRIVATE KEY`), PKCS #1 (`RSA PRIVATE KEY`). Public keys: SubjectPublicKeyInfo (`PUBLIC KEY`),
/// PKCS #1 (`RSA PUBLIC KEY`).
enum PEMKeyLoader {
    enum LoadedKey {
        case privateKey(MessageSigningKey.Material)
        case publicKey(MessageVerificationKey.Material)
    }

    static func load(_ pem: String, algorithm: SignatureAlgorithm) throws -> LoadedKey {
        let (label, der) = try PEMDocument.decode(pem)
        let isPrivate = label.hasSuffix("PRIVATE KEY")
        switch algorithm {
        case .ed25519:
            let (isPrivateKey, bytes) = try PEMDocument.ed25519KeyBytes(pem)
            return isPrivateKey
                ? .privateKey(.ed25519(try Curve25519.Signing.PrivateKey(rawRepresentation: bytes)))
                : .publicKey(.ed25519(try Curve25519.Signing.PublicKey(rawRepresentation: bytes)))
        case .ecdsaP256SHA256:
            return isPrivate
                ? .privateKey(.p256(try P256.Signing.PrivateKey(pemRepresentation: pem)))
                : .publicKey(.p256(try P256.Signing.PublicKey(pemRepresentation: pem)))
        case .ecdsaP384SHA384:
            return isPrivate
                ? .privateKey(.p384(try P384.Signing.PrivateKey(pemRepresentation: pem)))
                : .publicKey(.p384(try P384.Signing.PublicKey(pemRepresentation: pem)))
        case .ecdsaP521SHA512:
            return isPrivate
                ? .privateKey(.p521(try P521.Signing.PrivateKey(pemRepresentation: pem)))
                : .publicKey(.p521(try P521.Signing.PublicKey(pemRepresentation: pem)))
        case .rsaPSSSHA512, .rsaV1_5SHA256:
            guard isPrivate else { return .publicKey(.rsa(try _RSA.Signing.PublicKey(pemRepresentation: pem))) }
            // swift-crypto reads PKCS #8 only with the rsaEncryption OID: unwrap the PKCS #1 key ourselves.
            let key = label == "PRIVATE KEY"
                ? try _RSA.Signing.PrivateKey(derRepresentation: try PEMDocument.pkcs8PrivateKey(der))
                : try _RSA.Signing.PrivateKey(pemRepresentation: pem)
            return .privateKey(.rsa(key))
        case .hmacSHA256:
            throw MessageSignatureError.unknownKey("an HMAC key is a shared secret, not a PEM document")
        }
    }
}
