import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A middleware that acts on a selection of operations and passes the others through untouched.
public protocol OperationScopedMiddleware: ClientMiddleware {
    /// The operations (by `operationId`) this middleware acts on.
    var operations: OperationSelection { get }

    /// `intercept(_:body:baseURL:operationID:next:)` for an operation in `operations`.
    func interceptSelected(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?)
}

extension OperationScopedMiddleware {
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
        return try await interceptSelected(request, body: body, baseURL: baseURL, operationID: operationID, next: next)
    }
}

/// The middleware of one security scheme: authorizes the requests of its operations and, on a `401`,
/// renews the credential once and retries (`AuthorizedExchange`).
public protocol CredentialMiddleware: OperationScopedMiddleware, RequestAuthorizer {
    /// The scopes `operationID` needs from the scheme; empty by default.
    func scopes(for operationID: String) -> [String]
}

extension CredentialMiddleware {
    public func scopes(for operationID: String) -> [String] { [] }

    public func interceptSelected(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        try await AuthorizedExchange.send(
            request, body: body, baseURL: baseURL, authorizers: [(self, scopes(for: operationID))], next: next)
    }
}
