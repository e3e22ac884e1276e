import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Asks a token endpoint for a client credentials token: builds the form-encoded request, sends it through a
/// `ClientTransport` (and any middlewares the endpoint needs, such as request signing) and reads the answer.
struct OAuth2TokenRequester: Sendable {
    /// The `operationID` token requests carry through middlewares and transports.
    static let operationID = "oauth2ClientCredentialsToken"
    /// Bodies beyond this size are not token responses.
    static let maximumResponseSize = 1 << 20

    let credentials: OAuth2ClientCredentials
    let transport: any ClientTransport
    let middlewares: [any ClientMiddleware]
    let now: @Sendable () -> Date

    func requestToken(scopes: [String]) async throws -> OAuth2AccessToken {
        let (request, body, baseURL) = try makeRequest(scopes: scopes)
        let sentAt = now()
        let (response, responseBody) = try await send(request, body: body, baseURL: baseURL)
        let bytes = try await Self.collect(responseBody)
        return try readToken(status: response.status.code, body: bytes, requestedScopes: scopes, sentAt: sentAt)
    }

    func makeRequest(scopes: [String]) throws -> (HTTPRequest, HTTPBody, URL) {
        guard let components = URLComponents(url: credentials.tokenURL, resolvingAgainstBaseURL: false),
            let scheme = components.scheme, let host = components.host, !host.isEmpty
        else {
            throw OAuth2TokenEndpointError.invalidTokenURL(credentials.tokenURL.absoluteString)
        }
        var server = URLComponents()
        server.scheme = scheme
        server.percentEncodedHost = components.percentEncodedHost
        server.port = components.port
        guard let baseURL = server.url else {
            throw OAuth2TokenEndpointError.invalidTokenURL(credentials.tokenURL.absoluteString)
        }
        let path = (components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath)
            + (components.percentEncodedQuery.map { "?\($0)" } ?? "")

        var form: [(String, String)] = [("grant_type", "client_credentials")]
        if !scopes.isEmpty {
            form.append(("scope", scopes.joined(separator: " ")))
        }
        var headerFields: HTTPFields = [
            .contentType: "application/x-www-form-urlencoded",
            .accept: "application/json",
        ]
        switch credentials.clientAuthentication {
        case .clientSecretBasic:
            // RFC 6749 section 2.3.1: the ID and secret are form-encoded before they are joined and base64-encoded.
            let pair = CredentialEncoding.formEncoded(credentials.clientID) + ":"
                + CredentialEncoding.formEncoded(credentials.clientSecret)
            headerFields[.authorization] = "Basic " + Data(pair.utf8).base64EncodedString()
        case .clientSecretPost:
            form.append(("client_id", credentials.clientID))
            form.append(("client_secret", credentials.clientSecret))
        }
        form += credentials.additionalParameters.map { ($0.name, $0.value) }
        let encodedForm = form
            .map { CredentialEncoding.formEncoded($0.0) + "=" + CredentialEncoding.formEncoded($0.1) }
            .joined(separator: "&")
        let bodyBytes = Array(encodedForm.utf8)
        headerFields[.contentLength] = String(bodyBytes.count)

        let request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: path, headerFields: headerFields)
        return (request, HTTPBody(bodyBytes), baseURL)
    }

    /// The token in a response with `status` and `body`, or the error the endpoint reported.
    func readToken(status: Int, body: [UInt8], requestedScopes: [String], sentAt: Date) throws -> OAuth2AccessToken {
        let json = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
        guard (200..<300).contains(status) else {
            if let json, let error = json["error"] as? String {
                throw OAuth2TokenEndpointError.rejected(
                    status: status, error: error,
                    description: json["error_description"] as? String, uri: json["error_uri"] as? String)
            }
            throw unexpected(status, "no OAuth 2.0 error object", body)
        }
        guard let json else {
            throw unexpected(status, "the body is not a JSON object", body)
        }
        guard let accessToken = json["access_token"] as? String, !accessToken.isEmpty else {
            throw unexpected(status, "no access_token", body)
        }
        guard let tokenType = json["token_type"] as? String, tokenType.lowercased() == "bearer" else {
            throw unexpected(status, "token_type is not Bearer", body)
        }
        _ = try BearerTokenMiddleware.authorizationValue(for: accessToken)

        let lifetime: TimeInterval?
        switch json["expires_in"] {
        case nil, is NSNull:
            lifetime = credentials.lifetimeWithoutExpiry
        case let seconds as NSNumber where seconds.doubleValue > 0 && !(seconds is Bool):
            lifetime = seconds.doubleValue
        // Some servers send the number as a string.
        case let text as String where (Double(text) ?? 0) > 0:
            lifetime = Double(text)
        default:
            throw unexpected(status, "expires_in is not a positive number", body)
        }
        let grantedScopes = (json["scope"] as? String).map { $0.split(separator: " ").map(String.init) } ?? requestedScopes
        return OAuth2AccessToken(
            value: accessToken,
            scopes: grantedScopes,
            expiresAt: lifetime.map { sentAt.addingTimeInterval($0) },
            renewAt: lifetime.map { sentAt.addingTimeInterval($0 - min(credentials.renewalMargin, $0 / 2)) }
        )
    }

    private func send(_ request: HTTPRequest, body: HTTPBody, baseURL: URL) async throws -> (HTTPResponse, HTTPBody?) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            [transport] request, body, baseURL in
            try await transport.send(request, body: body, baseURL: baseURL, operationID: Self.operationID)
        }
        for middleware in middlewares.reversed() {
            let following = next
            next = { request, body, baseURL in
                try await middleware.intercept(
                    request, body: body, baseURL: baseURL, operationID: Self.operationID, next: following)
            }
        }
        return try await next(request, body, baseURL)
    }

    private static func collect(_ body: HTTPBody?) async throws -> [UInt8] {
        guard let body else { return [] }
        return try await [UInt8](collecting: body, upTo: maximumResponseSize)
    }

    private func unexpected(_ status: Int, _ reason: String, _ body: [UInt8]) -> OAuth2TokenEndpointError {
        .unexpectedResponse(status: status, reason: reason, body: String(String(decoding: body, as: UTF8.self).prefix(500)))
    }
}
