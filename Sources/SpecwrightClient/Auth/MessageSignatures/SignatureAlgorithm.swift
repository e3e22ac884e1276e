/// The signature algorithms of the RFC 9421 registry (section 6.2.2), by their `alg` names.
public enum SignatureAlgorithm: String, Sendable, Hashable, CaseIterable {
    /// RSASSA-PSS with SHA-512 and a 64-byte salt (section 3.3.1).
    case rsaPSSSHA512 = "rsa-pss-sha512"
    /// RSASSA-PKCS1-v1_5 with SHA-256 (section 3.3.2).
    case rsaV1_5SHA256 = "rsa-v1_5-sha256"
    /// HMAC with SHA-256 (section 3.3.3).
    case hmacSHA256 = "hmac-sha256"
    /// ECDSA on P-256 with SHA-256, the signature as `r || s` (section 3.3.4).
    case ecdsaP256SHA256 = "ecdsa-p256-sha256"
    /// ECDSA on P-384 with SHA-384, the signature as `r || s` (section 3.3.5).
    case ecdsaP384SHA384 = "ecdsa-p384-sha384"
    /// ECDSA on P-521 with SHA-512, the signature as `r || s`. Not in the registry; Upvest publishes its
    /// webhook verification keys as P-521 JWKs.
    case ecdsaP521SHA512 = "ecdsa-p521-sha512"
    /// Ed25519 (section 3.3.6).
    case ed25519 = "ed25519"
}
