import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends `Authorization: Bearer <token>` (RFC 6750) on the requests of its operations, for an `http` security scheme with
/// `scheme: bearer`.
///
/// The token comes from a provider called once per request, so a token that rotates (read from a keychain,
/// a secret store or an environment variable) is picked up without rebuilding the client.
public struct BearerTokenMiddleware: CredentialMiddleware {
    private let token: @Sendable () async throws -> String
    /// The operations this middleware acts on; others pass through untouched.
    public let operations: OperationSelection

    /// A middleware that sends one fixed token.
    public init(token: String, operations: OperationSelection = .all) {
        self.token = { token }
        self.operations = operations
    }

    /// A middleware that asks `tokenProvider` for the token before each request.
    public init(operations: OperationSelection = .all, tokenProvider: @escaping @Sendable () async throws -> String) {
        self.token = tokenProvider
        self.operations = operations
    }

    public func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest {
        var request = request
        request.headerFields[.authorization] = try Self.authorizationValue(for: try await token())
        return request
    }

    /// The `Authorization` value for `token`; throws when the token is not an RFC 6750 `b64token`, so a
    /// token with a line break or a space can never split or extend the header.
    static func authorizationValue(for token: String) throws -> String {
        guard !token.isEmpty, token.unicodeScalars.allSatisfy(isBearerTokenCharacter),
            !token.drop(while: { $0 != "=" }).contains(where: { $0 != "=" })
        else {
            throw AuthenticationError.invalidCredential(scheme: "bearer", reason: "the token is not an RFC 6750 b64token")
        }
        return "Bearer \(token)"
    }

    private static func isBearerTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-", ".", "_", "~", "+", "/", "=": true
        default: false
        }
    }
}
