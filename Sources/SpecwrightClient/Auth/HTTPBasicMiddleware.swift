import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends `Authorization: Basic base64(user-id ":" password)` (RFC 7617) on the requests of its operations, for an `http`
/// security scheme with `scheme: basic`.
///
/// Both parts are encoded as UTF-8 (the `charset="UTF-8"` of RFC 7617 section 2.1).
public struct HTTPBasicMiddleware: CredentialMiddleware {
    /// The precomputed `Authorization` field value.
    let authorizationValue: String
    /// The operations this middleware acts on; others pass through untouched.
    public let operations: OperationSelection

    /// Throws `AuthenticationError.invalidCredential` when the user ID holds a colon or either part holds a
    /// control character, which RFC 7617 forbids and servers would split differently.
    public init(username: String, password: String, operations: OperationSelection = .all) throws {
        self.operations = operations
        guard !username.contains(":") else {
            throw AuthenticationError.invalidCredential(scheme: "basic", reason: "the user ID contains a colon")
        }
        guard !(username + password).unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw AuthenticationError.invalidCredential(scheme: "basic", reason: "the user ID or password contains a control character")
        }
        authorizationValue = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    public func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest {
        var request = request
        request.headerFields[.authorization] = authorizationValue
        return request
    }
}
