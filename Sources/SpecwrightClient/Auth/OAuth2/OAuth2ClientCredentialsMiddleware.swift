import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Authorizes requests with OAuth 2.0 client credentials tokens (an `oauth2` security scheme with a
/// `clientCredentials` flow), sent as `Authorization: Bearer`.
///
/// A request answered `401 Unauthorized` is retried once with a renewed token: the server may revoke a
/// token before `expires_in` says. A second 401 is returned to the caller as it is. A request whose body
/// can be read only once is not retried.
public struct OAuth2ClientCredentialsMiddleware: CredentialMiddleware {
    /// The token cache this middleware draws from.
    public let tokenProvider: OAuth2TokenProvider
    private let scopesForOperation: @Sendable (String) -> [String]?
    /// The operations this middleware acts on; others pass through untouched.
    public let operations: OperationSelection

    /// - Parameters:
    ///   - tokenProvider: Where tokens come from; share one between clients with the same credentials.
    ///   - scopesForOperation: The scopes an operation (by `operationId`) needs, from its `security`
    ///     requirement; `nil` (or no closure) uses the credentials' scopes.
    ///   - operations: The operations that need a token.
    public init(
        tokenProvider: OAuth2TokenProvider,
        operations: OperationSelection = .all,
        scopesForOperation: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) {
        self.tokenProvider = tokenProvider
        self.operations = operations
        self.scopesForOperation = scopesForOperation
    }

    /// A middleware with its own token provider that sends token requests through `transport`.
    public init(
        credentials: OAuth2ClientCredentials,
        transport: any ClientTransport,
        tokenRequestMiddlewares: [any ClientMiddleware] = [],
        operations: OperationSelection = .all,
        scopesForOperation: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) {
        self.init(
            tokenProvider: OAuth2TokenProvider(
                credentials: credentials, transport: transport, middlewares: tokenRequestMiddlewares),
            operations: operations, scopesForOperation: scopesForOperation)
    }

    public func scopes(for operationID: String) -> [String] {
        scopesForOperation(operationID) ?? []
    }

    /// Adds a token for `scopes`; no scopes means the credentials' own.
    public func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest {
        let token = try await tokenProvider.accessToken(scopes: scopes.isEmpty ? nil : scopes)
        var request = request
        request.headerFields[.authorization] = try BearerTokenMiddleware.authorizationValue(for: token.value)
        return request
    }

    /// Forgets the refused token, so that the retry gets a new one.
    public func renew(after refused: HTTPRequest, scopes: [String]) async -> Bool {
        guard let sent = refused.headerFields[.authorization], sent.hasPrefix("Bearer ") else { return false }
        await tokenProvider.discard(tokenValue: String(sent.dropFirst("Bearer ".count)), scopes: scopes.isEmpty ? nil : scopes)
        return true
    }
}
