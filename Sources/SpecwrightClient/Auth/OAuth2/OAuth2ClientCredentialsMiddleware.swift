import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Authorizes requests with OAuth 2.0 client credentials tokens (an `oauth2` security scheme with a
/// `clientCredentials` flow), sent as `Authorization: Bearer`.
///
/// A request answered `401 Unauthorized` is retried once with a renewed token: the server may revoke a
/// token before `expires_in` says. A second 401 is returned to the caller as it is. A request whose body
/// can be read only once is not retried.
public struct OAuth2ClientCredentialsMiddleware: ClientMiddleware {
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

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard operations.contains(operationID) else {
            return try await next(request, body, baseURL)
        }
        let scopes = scopesForOperation(operationID)
        let token = try await tokenProvider.accessToken(scopes: scopes)
        let (response, responseBody) = try await next(Self.authorized(request, with: token), body, baseURL)
        guard response.status == .unauthorized, body?.iterationBehavior != .single else {
            return (response, responseBody)
        }
        await tokenProvider.discard(token, scopes: scopes)
        let renewed = try await tokenProvider.accessToken(scopes: scopes)
        return try await next(Self.authorized(request, with: renewed), body, baseURL)
    }

    private static func authorized(_ request: HTTPRequest, with token: OAuth2AccessToken) throws -> HTTPRequest {
        var request = request
        request.headerFields[.authorization] = try BearerTokenMiddleware.authorizationValue(for: token.value)
        return request
    }
}
