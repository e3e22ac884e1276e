/// Why a message could not be signed, or why its signature does not verify.
public enum MessageSignatureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A covered component is missing from the message (RFC 9421 requires the signer and the verifier to fail).
    case missingComponent(String)
    /// A covered component is of a kind this implementation does not take, or used where it cannot be.
    case unsupportedComponent(String)
    /// `Signature-Input` or `Signature` is not the structured dictionary RFC 9421 requires.
    case malformedSignatureInput(String)
    /// No signature with the expected label (or any signature) is on the message.
    case signatureNotFound(String)
    /// No key for the `keyid`, or the key does not fit the `alg` the signature names.
    case unknownKey(String)
    /// The signature bytes do not verify against the signature base.
    case invalidSignature(label: String)
    /// `created` lies in the future, the signature is older than allowed or past `expires`.
    case expired(String)
    /// A component the verifier's policy requires is not covered.
    case requiredComponentNotCovered(String)
    /// `Content-Digest` is absent, uses no known algorithm or does not match the body.
    case contentDigestMismatch(String)
    /// The key cannot sign, or the body is larger than the signer will buffer.
    case signingFailed(String)

    public var description: String {
        switch self {
        case .missingComponent(let detail): "covered component missing from the message: \(detail)"
        case .unsupportedComponent(let detail): "unsupported signature component: \(detail)"
        case .malformedSignatureInput(let detail): "malformed signature header: \(detail)"
        case .signatureNotFound(let detail): "no signature: \(detail)"
        case .unknownKey(let detail): "no usable key: \(detail)"
        case .invalidSignature(let label): "signature \(label) does not verify"
        case .expired(let detail): "signature not within its validity: \(detail)"
        case .requiredComponentNotCovered(let detail): "signature does not cover \(detail)"
        case .contentDigestMismatch(let detail): "content digest: \(detail)"
        case .signingFailed(let detail): "signing failed: \(detail)"
        }
    }
}
