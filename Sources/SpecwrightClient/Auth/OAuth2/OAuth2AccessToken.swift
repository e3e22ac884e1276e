import Foundation

/// An access token from a token endpoint, with the instant from which it should no longer be used.
public struct OAuth2AccessToken: Sendable, Hashable {
    /// The `access_token`, sent as `Authorization: Bearer <value>`.
    public let value: String
    /// The scopes granted (`scope` of the response, or the scopes requested when the server omits it).
    public let scopes: [String]
    /// When the server says the token expires (the request's send time plus `expires_in`); `nil` when unknown.
    public let expiresAt: Date?
    /// When the token is renewed: `expiresAt` less the renewal margin.
    public let renewAt: Date?

    public init(value: String, scopes: [String], expiresAt: Date?, renewAt: Date?) {
        self.value = value
        self.scopes = scopes
        self.expiresAt = expiresAt
        self.renewAt = renewAt
    }

    /// Whether the token may still be sent at `instant`.
    public func isUsable(at instant: Date) -> Bool {
        renewAt.map { instant < $0 } ?? true
    }
}
