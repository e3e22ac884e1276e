import Foundation
import OpenAPIRuntime

/// Client credentials tokens, cached per scope set until shortly before they expire.
///
/// However many requests need a token at once, each scope set has at most one token request in flight:
/// callers that arrive while it runs wait for its result, and a failure reaches all of them (the next
/// caller tries again). Share one provider between clients that use the same credentials.
public actor OAuth2TokenProvider {
    private let requester: OAuth2TokenRequester
    private let now: @Sendable () -> Date
    private let defaultScopes: [String]
    private var tokens: [String: OAuth2AccessToken] = [:]
    private var pendingRequests: [String: Task<OAuth2AccessToken, any Error>] = [:]

    /// A provider that asks `credentials.tokenURL` through `transport`, passing the token request through
    /// `middlewares` first (for instance a `MessageSigningMiddleware` when the endpoint requires signed
    /// requests). `now` is the clock expiry is measured with.
    public init(
        credentials: OAuth2ClientCredentials,
        transport: any ClientTransport,
        middlewares: [any ClientMiddleware] = [],
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        requester = OAuth2TokenRequester(credentials: credentials, transport: transport, middlewares: middlewares, now: now)
        defaultScopes = credentials.scopes
        self.now = now
    }

    /// A usable token for `scopes` (the credentials' scopes when `nil`): the cached one, or a new one.
    public func accessToken(scopes: [String]? = nil) async throws -> OAuth2AccessToken {
        let scopes = Self.normalized(scopes ?? defaultScopes)
        let key = scopes.joined(separator: " ")
        if let token = tokens[key], token.isUsable(at: now()) {
            return token
        }
        if let pending = pendingRequests[key] {
            return try await pending.value
        }
        let request = Task {
            defer { pendingRequests[key] = nil }
            let token = try await requester.requestToken(scopes: scopes)
            tokens[key] = token
            return token
        }
        pendingRequests[key] = request
        return try await request.value
    }

    /// Forgets `token` after the server refused it, unless a newer token has replaced it already (so that
    /// many requests refused with the same token cause one renewal, not one each).
    public func discard(_ token: OAuth2AccessToken, scopes: [String]? = nil) {
        discard(tokenValue: token.value, scopes: scopes)
    }

    /// Forgets the cached token whose `access_token` is `tokenValue` (the one a refused request carried).
    public func discard(tokenValue: String, scopes: [String]? = nil) {
        let key = Self.normalized(scopes ?? defaultScopes).joined(separator: " ")
        if tokens[key]?.value == tokenValue {
            tokens[key] = nil
        }
    }

    private static func normalized(_ scopes: [String]) -> [String] {
        Array(Set(scopes.filter { !$0.isEmpty })).sorted()
    }
}
