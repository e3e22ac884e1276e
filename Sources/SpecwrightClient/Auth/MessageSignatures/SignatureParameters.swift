import Foundation

/// The signature parameters of RFC 9421 section 2.3, written after the covered components in
/// `Signature-Input` (in the order `created`, `keyid`, `alg`, `expires`, `nonce`, `tag`).
public struct SignatureParameters: Sendable, Hashable {
    /// `created`, in whole seconds since 1970.
    public var created: Date?
    /// `expires`, in whole seconds since 1970.
    public var expires: Date?
    /// `nonce`, a value the verifier can use to detect replays.
    public var nonce: String?
    /// `alg`; RFC 9421 recommends leaving it out and deriving the algorithm from the key.
    public var algorithm: SignatureAlgorithm?
    /// `keyid`, which names the key to the verifier.
    public var keyID: String?
    /// `tag`, naming the application or profile the signature is for.
    public var tag: String?

    public init(
        created: Date? = nil, expires: Date? = nil, nonce: String? = nil, algorithm: SignatureAlgorithm? = nil,
        keyID: String? = nil, tag: String? = nil
    ) {
        self.created = created
        self.expires = expires
        self.nonce = nonce
        self.algorithm = algorithm
        self.keyID = keyID
        self.tag = tag
    }

    var structuredParameters: StructuredField.Parameters {
        var parameters: StructuredField.Parameters = []
        if let created { parameters.append(("created", .integer(Int64(created.timeIntervalSince1970.rounded(.down))))) }
        if let keyID { parameters.append(("keyid", .string(keyID))) }
        if let algorithm { parameters.append(("alg", .string(algorithm.rawValue))) }
        if let expires { parameters.append(("expires", .integer(Int64(expires.timeIntervalSince1970.rounded(.down))))) }
        if let nonce { parameters.append(("nonce", .string(nonce))) }
        if let tag { parameters.append(("tag", .string(tag))) }
        return parameters
    }

    /// The parameters of a received `Signature-Input` member; unknown parameters are ignored, as RFC 9421 allows.
    init(structuredParameters parameters: StructuredField.Parameters) throws(MessageSignatureError) {
        func date(_ key: String) throws(MessageSignatureError) -> Date? {
            switch parameters[key] {
            case nil: return nil
            case .integer(let seconds)?: return Date(timeIntervalSince1970: TimeInterval(seconds))
            default: throw .malformedSignatureInput("\(key) is not an integer")
            }
        }
        func string(_ key: String) throws(MessageSignatureError) -> String? {
            switch parameters[key] {
            case nil: return nil
            case .string(let text)?: return text
            default: throw .malformedSignatureInput("\(key) is not a string")
            }
        }
        let algorithmName = try string("alg")
        var algorithm: SignatureAlgorithm?
        if let algorithmName {
            guard let known = SignatureAlgorithm(rawValue: algorithmName) else {
                throw .unknownKey("alg \"\(algorithmName)\" is not supported")
            }
            algorithm = known
        }
        self.init(
            created: try date("created"), expires: try date("expires"), nonce: try string("nonce"), algorithm: algorithm,
            keyID: try string("keyid"), tag: try string("tag"))
    }
}
