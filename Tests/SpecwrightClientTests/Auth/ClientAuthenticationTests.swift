import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import SpecwrightClient

/// An authorizer that sends `Token <generation>` and renews by moving to the next generation.
actor RotatingAuthorizer: RequestAuthorizer {
    private(set) var generation = 1
    private(set) var renewals = 0

    nonisolated func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest {
        var request = request
        request.headerFields[.authorization] = "Token \(await generation)"
        return request
    }

    func renew(after refused: HTTPRequest, scopes: [String]) async -> Bool {
        renewals += 1
        generation += 1
        return true
    }
}

/// Records the `Authorization` header it sees, to show the credential is added before the middlewares run.
struct AuthorizationSpy: ClientMiddleware {
    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[HTTPField.Name("X-Seen-Authorization")!] = request.headerFields[.authorization] ?? "none"
        return try await next(request, body, baseURL)
    }
}

@Suite struct ClientAuthenticationTests {
    static let url = URL(string: "https://api.example.com")!

    static func client(_ credentials: [String: SecurityCredential]?, transport: RecordingTransport) -> APIClient {
        APIClient(
            serverURL: url, transport: transport, middlewares: [AuthorizationSpy()],
            authentication: credentials.map { ClientAuthentication(credentials: $0, transport: transport) })
    }

    static func okTransport() -> RecordingTransport {
        RecordingTransport { _, _ in APIClientTests.json(.ok, #"{"name":"lamp"}"#) }
    }

    /// `GetThingInput.security` is `[["bearer": []], ["key": [], "basic": []]]`.
    @Test func theFirstAlternativeWithEveryCredentialIsSent() async throws {
        let transport = Self.okTransport()
        let client = Self.client(
            ["bearer": .bearer(token: "abc"), "key": try .apiKey("k1", location: .header(name: "X-Key"))], transport: transport)
        _ = try await client.send(GetThingInput(id: "x"))
        let sent = try #require(transport.requests.first).request
        #expect(sent.headerFields[.authorization] == "Bearer abc")
        #expect(sent.headerFields[HTTPField.Name("X-Key")!] == nil)
        #expect(sent.headerFields[HTTPField.Name("X-Seen-Authorization")!] == "Bearer abc")
    }

    @Test func schemesWithinOneRequirementAreAllSent() async throws {
        let transport = Self.okTransport()
        let client = Self.client(
            ["key": try .apiKey("k1", location: .header(name: "X-Key")), "basic": try .basic(username: "u", password: "p")],
            transport: transport)
        _ = try await client.send(GetThingInput(id: "x"))
        let sent = try #require(transport.requests.first).request
        #expect(sent.headerFields[HTTPField.Name("X-Key")!] == "k1")
        #expect(sent.headerFields[.authorization] == "Basic dTpw")
    }

    @Test func anUnmetRequirementIsAnErrorAndNothingIsSent() async throws {
        let transport = Self.okTransport()
        let client = Self.client(["key": try .apiKey("k1", location: .header(name: "X-Key"))], transport: transport)
        await #expect(throws: AuthenticationError.missingCredential(operationID: "getThing", alternatives: [["bearer"], ["basic", "key"]])) {
            try await client.send(GetThingInput(id: "x"))
        }
        #expect(transport.requests.isEmpty)
        #expect(AuthenticationError.missingCredential(operationID: "getThing", alternatives: [["bearer"], ["basic", "key"]]).description
            == "getThing needs a credential for bearer, or basic and key; the client has none of them")
    }

    @Test func withoutAuthenticationTheMiddlewaresDecide() async throws {
        let transport = Self.okTransport()
        _ = try await Self.client(nil, transport: transport).send(GetThingInput(id: "x"))
        #expect(transport.requests.first?.request.headerFields[.authorization] == nil)
    }

    @Test func noRequirementsOrAnEmptyAlternativeSendNoCredential() throws {
        let authentication = ClientAuthentication(credentials: ["bearer": .bearer(token: "abc")], transport: Self.okTransport())
        #expect(try authentication.authorizers(for: [], operationID: "open").isEmpty)
        #expect(try authentication.authorizers(for: [["key": []], [:]], operationID: "optional").isEmpty)
        #expect(try authentication.authorizers(for: [[:], ["bearer": ["read"]]], operationID: "either").map(\.scopes) == [["read"]])
    }

    @Test func aRefusedCredentialIsRenewedOnceAndRetriedOnce() async throws {
        let rotating = RotatingAuthorizer()
        let transport = RecordingTransport { _, _ in APIClientTests.json(.unauthorized, "{}") }
        let client = Self.client(["bearer": .authorizer(rotating)], transport: transport)
        _ = try await client.send(GetThingInput(id: "x"))
        #expect(transport.requests.map { $0.request.headerFields[.authorization] } == ["Token 1", "Token 2"])
        #expect(await rotating.renewals == 1)
    }
}
