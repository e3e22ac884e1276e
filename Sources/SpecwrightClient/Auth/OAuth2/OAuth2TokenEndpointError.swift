import HTTPTypes

/// A token endpoint that did not issue a usable token.
public enum OAuth2TokenEndpointError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server refused the request with an RFC 6749 section 5.2 error (`invalid_client`,
    /// `invalid_scope`, ...).
    case rejected(status: Int, error: String, description: String?, uri: String?)
    /// The server answered with a status or body that is not an OAuth 2.0 token response; `body` holds the
    /// first 500 characters.
    case unexpectedResponse(status: Int, reason: String, body: String)
    /// The token URL cannot be split into a server and a path.
    case invalidTokenURL(String)

    public var description: String {
        switch self {
        case .rejected(let status, let error, let description, let uri):
            "token endpoint refused the request (HTTP \(status)): \(error)"
                + (description.map { ": \($0)" } ?? "") + (uri.map { " (see \($0))" } ?? "")
        case .unexpectedResponse(let status, let reason, let body):
            "token endpoint answered HTTP \(status) with an unusable response: \(reason)"
                + (body.isEmpty ? "" : "; body: \(body)")
        case .invalidTokenURL(let url):
            "token URL \(url) has no scheme and host"
        }
    }
}
