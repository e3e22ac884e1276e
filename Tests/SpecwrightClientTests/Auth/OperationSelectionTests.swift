import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import SpecwrightClient

@Suite struct OperationSelectionTests {
    @Test func selections() {
        #expect(OperationSelection.all.contains("x"))
        #expect(OperationSelection.only(["a"]).contains("a"))
        #expect(!OperationSelection.only(["a"]).contains("b"))
        #expect(!OperationSelection.allExcept(["a"]).contains("a"))
        #expect(OperationSelection.allExcept(["a"]).contains("b"))
    }

    /// Each middleware leaves operations outside its selection untouched.
    @Test func middlewaresActOnlyOnTheirOperations() async throws {
        let middlewares: [any ClientMiddleware] = [
            BearerTokenMiddleware(token: "t", operations: .only(["getCustomer"])),
            try HTTPBasicMiddleware(username: "u", password: "p", operations: .only(["getCustomer"])),
            try APIKeyMiddleware(key: "k", location: .query(name: "key"), operations: .only(["getCustomer"])),
            MessageSigningMiddleware(
                signer: MessageSigner(key: .hmacSHA256(secret: RFC9421.sharedSecret), keyID: "k", components: [.method]),
                operations: .only(["getCustomer"])),
            OAuth2ClientCredentialsMiddleware(
                credentials: OAuth2ClientCredentials(tokenURL: URL(string: "https://auth.example.com/token")!, clientID: "i", clientSecret: "s"),
                transport: AuthTestTransport { _ in (.ok, [:], #"{"access_token":"t","token_type":"bearer"}"#) },
                operations: .allExcept(["listPublicRates"])),
        ]
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/rates")
        for middleware in middlewares {
            let transport = AuthTestTransport { _ in (.ok, [:], "") }
            _ = try await middleware.intercept(
                request, body: nil, baseURL: URL(string: "https://api.example.com")!, operationID: "listPublicRates"
            ) { request, body, baseURL in
                try await transport.send(request, body: body, baseURL: baseURL, operationID: "listPublicRates")
            }
            #expect(transport.sent.map(\.request) == [request], "\(type(of: middleware))")
        }
    }
}
