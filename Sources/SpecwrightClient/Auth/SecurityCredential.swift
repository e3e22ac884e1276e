import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The credential for one security scheme, as a generated `<Module>Authentication` collects them. It
/// becomes a `RequestAuthorizer` when the client is made, because an OAuth 2.0 credential sends its token
/// requests through the client's transport.
public struct SecurityCredential: Sendable {
    private let makeAuthorizer: @Sendable (any ClientTransport) -> any RequestAuthorizer

    /// A credential made from the client's transport.
    public init(_ makeAuthorizer: @escaping @Sendable (any ClientTransport) -> any RequestAuthorizer) {
        self.makeAuthorizer = makeAuthorizer
    }

    /// Any authorizer: one of the scheme middlewares, or your own for a scheme Specwright does not cover.
    public static func authorizer(_ authorizer: any RequestAuthorizer) -> Self {
        Self { _ in authorizer }
    }

    /// `Authorization: Bearer <token>` with a fixed token.
    public static func bearer(token: String) -> Self {
        .authorizer(BearerTokenMiddleware(token: token))
    }

    /// `Authorization: Bearer <token>`, asking `tokenProvider` before each request.
    public static func bearer(tokenProvider: @escaping @Sendable () async throws -> String) -> Self {
        .authorizer(BearerTokenMiddleware(tokenProvider: tokenProvider))
    }

    /// `Authorization: Basic` (RFC 7617).
    ///
    /// - Throws: `AuthenticationError.invalidCredential` for a colon in the user ID or a control character.
    public static func basic(username: String, password: String) throws -> Self {
        .authorizer(try HTTPBasicMiddleware(username: username, password: password))
    }

    /// An API key in a header, query parameter or cookie.
    ///
    /// - Throws: `AuthenticationError.invalidCredential` for a key the location cannot carry unaltered.
    public static func apiKey(_ key: String, location: APIKeyMiddleware.Location) throws -> Self {
        .authorizer(try APIKeyMiddleware(key: key, location: location))
    }

    /// OAuth 2.0 client credentials, with a token provider of the client's own that asks the token endpoint
    /// through the client's transport, after `tokenRequestMiddlewares`.
    public static func oauth2ClientCredentials(
        _ credentials: OAuth2ClientCredentials, tokenRequestMiddlewares: [any ClientMiddleware] = []
    ) -> Self {
        Self { transport in
            OAuth2ClientCredentialsMiddleware(
                credentials: credentials, transport: transport, tokenRequestMiddlewares: tokenRequestMiddlewares)
        }
    }

    /// OAuth 2.0 client credentials from a token provider shared with other clients.
    public static func oauth2ClientCredentials(tokenProvider: OAuth2TokenProvider) -> Self {
        .authorizer(OAuth2ClientCredentialsMiddleware(tokenProvider: tokenProvider))
    }

    /// A scheme the transport itself satisfies (mutual TLS: the client certificate is a transport
    /// setting); nothing is added to the request.
    public static let transportProvided = Self.authorizer(TransportProvidedCredential())

    func authorizer(transport: any ClientTransport) -> any RequestAuthorizer {
        makeAuthorizer(transport)
    }
}

/// The authorizer of `SecurityCredential.transportProvided`: leaves the request as it is.
private struct TransportProvidedCredential: RequestAuthorizer {
    func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest { request }
}
