import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import SpecwrightClient

/// The middleware against an in-process token endpoint and API on one fake transport.
@Suite struct OAuth2ClientCredentialsMiddlewareTests {
    /// A token endpoint that issues `token-1`, `token-2`, ... (valid for `lifetime` seconds) and an API that
    /// accepts only the tokens `acceptsToken` allows.
    final class Server: @unchecked Sendable {
        let lifetime: Int
        let tokenDelay: Duration
        let acceptsToken: @Sendable (String) -> Bool
        private let lock = NSLock()
        private var issued = 0
        private(set) lazy var transport = AuthTestTransport { [unowned self] sent in try await self.answer(sent) }

        init(lifetime: Int = 3600, tokenDelay: Duration = .zero, acceptsToken: @escaping @Sendable (String) -> Bool = { _ in true }) {
            self.lifetime = lifetime
            self.tokenDelay = tokenDelay
            self.acceptsToken = acceptsToken
        }

        var tokenRequests: [AuthTestTransport.Sent] { transport.sent.filter { $0.operationID == OAuth2TokenRequester.operationID } }
        var apiRequests: [AuthTestTransport.Sent] { transport.sent.filter { $0.operationID != OAuth2TokenRequester.operationID } }

        private func answer(_ sent: AuthTestTransport.Sent) async throws -> (HTTPResponse.Status, HTTPFields, String) {
            if sent.operationID == OAuth2TokenRequester.operationID {
                try await Task.sleep(for: tokenDelay)
                let number = lock.withLock { issued += 1; return issued }
                return (.ok, [.contentType: "application/json"],
                        #"{"access_token":"token-\#(number)","token_type":"Bearer","expires_in":\#(lifetime)}"#)
            }
            let token = sent.request.headerFields[.authorization]?.replacingOccurrences(of: "Bearer ", with: "") ?? ""
            return acceptsToken(token) ? (.ok, [:], "{}") : (.unauthorized, [:], "")
        }
    }

    private let credentials = OAuth2ClientCredentials(
        tokenURL: URL(string: "https://auth.example.com/oauth2/token")!, clientID: "id", clientSecret: "secret",
        scopes: ["accounts:read"], renewalMargin: 60)

    private func client(
        _ server: Server, clock: ManualClock = ManualClock(),
        scopes: @escaping @Sendable (String) -> [String]? = { _ in nil }
    ) -> @Sendable (String) async throws -> HTTPResponse {
        let provider = OAuth2TokenProvider(credentials: credentials, transport: server.transport, now: { clock.now })
        let middleware = OAuth2ClientCredentialsMiddleware(tokenProvider: provider, scopesForOperation: scopes)
        return { operationID in
            let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/accounts")
            return try await middleware.intercept(
                request, body: nil, baseURL: URL(string: "https://api.example.com")!, operationID: operationID
            ) { request, body, baseURL in
                try await server.transport.send(request, body: body, baseURL: baseURL, operationID: operationID)
            }.0
        }
    }

    @Test func sendsTheTokenAsBearer() async throws {
        let server = Server()
        #expect(try await client(server)("listAccounts").status == .ok)
        #expect(server.apiRequests.map { $0.request.headerFields[.authorization] } == ["Bearer token-1"])
        #expect(server.tokenRequests.first?.baseURL.absoluteString == "https://auth.example.com")
        #expect(server.tokenRequests.first?.bodyText == "grant_type=client_credentials&scope=accounts%3Aread")
    }

    @Test func cachesTheTokenUntilShortlyBeforeItExpires() async throws {
        let server = Server(lifetime: 3600)
        let clock = ManualClock()
        let send = client(server, clock: clock)
        _ = try await send("a")
        clock.advance(by: 3539)
        _ = try await send("b")
        #expect(server.tokenRequests.count == 1)
        clock.advance(by: 1)
        _ = try await send("c")
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.map { $0.request.headerFields[.authorization] } == ["Bearer token-1", "Bearer token-1", "Bearer token-2"])
    }

    @Test func oneHundredConcurrentRequestsShareOneTokenRequest() async throws {
        let server = Server(tokenDelay: .milliseconds(50))
        let send = client(server)
        let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
            for index in 0..<100 {
                group.addTask { try await send("operation\(index)").status }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.count == 100 && statuses.allSatisfy { $0 == .ok })
        #expect(server.tokenRequests.count == 1)
        #expect(Set(server.apiRequests.map { $0.request.headerFields[.authorization] }) == ["Bearer token-1"])
    }

    @Test func a401IsAnsweredByOneRenewalAndOneRetry() async throws {
        // The server revoked token-1 early: it only accepts later tokens.
        let server = Server(acceptsToken: { $0 != "token-1" })
        let response = try await client(server)("listAccounts")
        #expect(response.status == .ok)
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.map { $0.request.headerFields[.authorization] } == ["Bearer token-1", "Bearer token-2"])
    }

    @Test func aSecond401IsReturnedWithoutFurtherRetries() async throws {
        let server = Server(acceptsToken: { _ in false })
        let response = try await client(server)("listAccounts")
        #expect(response.status == .unauthorized)
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.count == 2)
    }

    @Test func concurrent401sWithTheSameTokenRenewOnce() async throws {
        let server = Server(tokenDelay: .milliseconds(20), acceptsToken: { $0 != "token-1" })
        let send = client(server)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    let status = try await send("op\(index)").status
                    #expect(status == .ok)
                }
            }
            try await group.waitForAll()
        }
        #expect(server.tokenRequests.count == 2)
    }

    @Test func aBodyThatCanBeReadOnlyOnceIsNotRetried() async throws {
        let server = Server(acceptsToken: { _ in false })
        let provider = OAuth2TokenProvider(credentials: credentials, transport: server.transport)
        let middleware = OAuth2ClientCredentialsMiddleware(tokenProvider: provider)
        let stream = AsyncStream<HTTPBody.ByteChunk> { continuation in
            continuation.yield(Array("{}".utf8)[...])
            continuation.finish()
        }
        let body = HTTPBody(stream, length: .known(2), iterationBehavior: .single)
        let request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/accounts")
        let (response, _) = try await middleware.intercept(
            request, body: body, baseURL: URL(string: "https://api.example.com")!, operationID: "create"
        ) { request, body, baseURL in
            try await server.transport.send(request, body: body, baseURL: baseURL, operationID: "create")
        }
        #expect(response.status == .unauthorized)
        #expect(server.apiRequests.count == 1)
    }

    @Test func operationsWithDifferentScopesGetDifferentTokens() async throws {
        let server = Server()
        let send = client(server, scopes: { $0 == "createAccount" ? ["accounts:admin"] : nil })
        _ = try await send("listAccounts")
        _ = try await send("createAccount")
        _ = try await send("listAccounts")
        #expect(server.tokenRequests.map(\.bodyText) == [
            "grant_type=client_credentials&scope=accounts%3Aread",
            "grant_type=client_credentials&scope=accounts%3Aadmin",
        ])
        #expect(server.apiRequests.map { $0.request.headerFields[.authorization] } == ["Bearer token-1", "Bearer token-2", "Bearer token-1"])
    }

    @Test func aTokenEndpointErrorReachesEveryWaitingCallerAndTheNextCallTriesAgain() async throws {
        final class Flaky: @unchecked Sendable {
            let lock = NSLock()
            var calls = 0
        }
        let flaky = Flaky()
        let transport = AuthTestTransport { sent in
            if sent.operationID == OAuth2TokenRequester.operationID {
                let call = flaky.lock.withLock { flaky.calls += 1; return flaky.calls }
                try await Task.sleep(for: .milliseconds(30))
                return call == 1
                    ? (.badRequest, [:], #"{"error":"invalid_scope","error_description":"accounts:read is not granted"}"#)
                    : (.ok, [:], #"{"access_token":"good","token_type":"bearer","expires_in":60}"#)
            }
            return (.ok, [:], "")
        }
        let provider = OAuth2TokenProvider(credentials: credentials, transport: transport)
        let failures = await withTaskGroup(of: OAuth2TokenEndpointError?.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    do {
                        _ = try await provider.accessToken()
                        return nil
                    } catch {
                        return error as? OAuth2TokenEndpointError
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(failures.allSatisfy {
            $0 == .rejected(status: 400, error: "invalid_scope", description: "accounts:read is not granted", uri: nil)
        })
        #expect(try await provider.accessToken().value == "good")
        #expect(flaky.lock.withLock { flaky.calls } == 2)
    }
}
