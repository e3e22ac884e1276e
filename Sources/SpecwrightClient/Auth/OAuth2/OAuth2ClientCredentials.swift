import Foundation

/// What an OAuth 2.0 client credentials grant (RFC 6749 section 4.4) needs: an `oauth2` security scheme's
/// `flows.clientCredentials.tokenUrl` and scopes, plus the client's ID and secret.
public struct OAuth2ClientCredentials: Sendable {
    /// How the client authenticates to the token endpoint (RFC 6749 section 2.3.1; the names are the
    /// `token_endpoint_auth_method` values of RFC 7591).
    public enum ClientAuthentication: Sendable, Hashable {
        /// `Authorization: Basic` with the form-encoded ID and secret; the method servers must support.
        case clientSecretBasic
        /// `client_id` and `client_secret` in the form body, as Upvest's `/auth/token` documents it.
        case clientSecretPost
    }

    /// The token endpoint (`tokenUrl`).
    public var tokenURL: URL
    public var clientID: String
    public var clientSecret: String
    /// The scopes requested when no per-operation scopes apply; sent space-separated, sorted, without duplicates.
    public var scopes: [String]
    public var clientAuthentication: ClientAuthentication
    /// Extra form parameters some servers require, such as `audience` or `resource`; sent in this order.
    public var additionalParameters: [(name: String, value: String)]
    /// How long before `expires_in` runs out a token is renewed, so that it never expires in flight; at most
    /// half the token's lifetime.
    public var renewalMargin: TimeInterval
    /// How long a token is kept when the server gives no `expires_in`: until a 401 when `nil`.
    public var lifetimeWithoutExpiry: TimeInterval?

    public init(
        tokenURL: URL,
        clientID: String,
        clientSecret: String,
        scopes: [String] = [],
        clientAuthentication: ClientAuthentication = .clientSecretBasic,
        additionalParameters: [(name: String, value: String)] = [],
        renewalMargin: TimeInterval = 60,
        lifetimeWithoutExpiry: TimeInterval? = nil
    ) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes
        self.clientAuthentication = clientAuthentication
        self.additionalParameters = additionalParameters
        self.renewalMargin = renewalMargin
        self.lifetimeWithoutExpiry = lifetimeWithoutExpiry
    }
}
