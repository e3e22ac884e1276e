/// A credential that cannot be sent as its security scheme requires.
///
/// Thrown before anything reaches the network: a value that would break the header, query or cookie it
/// goes into is rejected rather than sent altered.
public enum AuthenticationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The credential of `scheme` cannot be encoded; `reason` says why.
    case invalidCredential(scheme: String, reason: String)
    /// The client has credentials for none of the alternatives `operationID`'s `security` lists (each
    /// alternative is the scheme names that must all be sent).
    case missingCredential(operationID: String, alternatives: [[String]])

    public var description: String {
        switch self {
        case .invalidCredential(let scheme, let reason): "invalid \(scheme) credential: \(reason)"
        case .missingCredential(let operationID, let alternatives):
            "\(operationID) needs a credential for "
                + alternatives.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
                + "; the client has none of them"
        }
    }
}
