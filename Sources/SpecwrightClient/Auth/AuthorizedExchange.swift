import Foundation
import HTTPTypes
import OpenAPIRuntime

/// One request sent with the credentials of one or more schemes: each authorizer adds its credential;
/// a `401` makes each renew, and when one could, the original request is authorized again and sent once
/// more. A second `401` is returned as it is; a body that can be read only once is never sent twice.
enum AuthorizedExchange {
    static func send(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        authorizers: [(authorizer: any RequestAuthorizer, scopes: [String])],
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let authorized = try await authorize(request, with: authorizers)
        let (response, responseBody) = try await next(authorized, body, baseURL)
        guard response.status == .unauthorized, body?.iterationBehavior != .single else {
            return (response, responseBody)
        }
        var renewed = false
        for (authorizer, scopes) in authorizers where await authorizer.renew(after: authorized, scopes: scopes) {
            renewed = true
        }
        guard renewed else { return (response, responseBody) }
        return try await next(try await authorize(request, with: authorizers), body, baseURL)
    }

    private static func authorize(
        _ request: HTTPRequest, with authorizers: [(authorizer: any RequestAuthorizer, scopes: [String])]
    ) async throws -> HTTPRequest {
        var request = request
        for (authorizer, scopes) in authorizers {
            request = try await authorizer.authorize(request, scopes: scopes)
        }
        return request
    }
}
