import HTTPTypes

/// What one security scheme adds to a request: a header, a query parameter or a cookie.
///
/// Each scheme's middleware is one, and `SecurityRequirement`s combine several per operation (schemes
/// within one requirement are all applied).
public protocol RequestAuthorizer: Sendable {
    /// `request` with the credential added, for an operation that needs `scopes` from the scheme (OAuth 2.0;
    /// empty for the other schemes, or when the operation names none).
    func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest

    /// Called when the server answered `401 Unauthorized` to `refused`, the request as this authorizer
    /// authorized it: forgets a cached credential the server no longer accepts and returns whether a retry
    /// with a renewed one may succeed.
    func renew(after refused: HTTPRequest, scopes: [String]) async -> Bool
}

extension RequestAuthorizer {
    /// A fixed credential cannot be renewed.
    public func renew(after refused: HTTPRequest, scopes: [String]) async -> Bool { false }
}
