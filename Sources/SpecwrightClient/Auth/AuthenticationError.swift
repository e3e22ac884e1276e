/// A credential that cannot be sent as its security scheme requires.
///
/// Thrown before anything reaches the network: a value that would break the header, query or cookie it
/// goes into is rejected rather than sent altered.
public enum AuthenticationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The credential of `scheme` cannot be encoded; `reason` says why.
    case invalidCredential(scheme: String, reason: String)

    public var description: String {
        switch self {
        case .invalidCredential(let scheme, let reason): "invalid \(scheme) credential: \(reason)"
        }
    }
}
