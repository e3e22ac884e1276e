import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import SpecwrightClient

/// The set-up Docs/authentication.md describes for Upvest: signed OAuth2 token requests, then signed and
/// authorized API requests, checked on the server side with the verifier.
@Suite struct UpvestAuthenticationTests {
    private let clientID = "363f3305-7ab0-4e82-a158-f9d382ad08b6"

    @Test func tokenAndAPIRequestsAreSignedAndARetryIsSignedAgain() async throws {
        let key = try MessageSigningKey(pemRepresentation: RFC9421.ed25519PrivateKey, algorithm: .ed25519)
        let clock = ManualClock(RFC9421.created)
        let signing = MessageSigningMiddleware(signer: MessageSigner(
            key: key, keyID: "test-key-ed25519",
            components: [.method, .path, .query, .field("content-type"), .field("content-length"), .field("content-digest"),
                         .field("upvest-client-id"), .field("authorization")],
            optionalComponents: [.field("content-type"), .field("content-length"), .field("content-digest"), .field("authorization")],
            validity: 300, nonce: MessageSigner.randomNonce, now: { clock.now }))
        let clientIDHeader = try APIKeyMiddleware(key: clientID, location: .header(name: "upvest-client-id"))

        final class Issued: @unchecked Sendable {
            let lock = NSLock()
            var count = 0
        }
        let issued = Issued()
        let server = AuthTestTransport { sent in
            if sent.operationID == OAuth2TokenRequester.operationID {
                let number = issued.lock.withLock { issued.count += 1; return issued.count }
                return (.ok, [:], #"{"access_token":"token-\#(number)","token_type":"bearer","expires_in":86400,"scope":"accounts:read"}"#)
            }
            // The first token is refused, as if revoked.
            return sent.request.headerFields[.authorization] == "Bearer token-1" ? (.unauthorized, [:], "") : (.ok, [:], "{}")
        }
        let tokens = OAuth2TokenProvider(
            credentials: OAuth2ClientCredentials(
                tokenURL: URL(string: "https://sandbox.upvest.co/auth/token")!, clientID: clientID, clientSecret: "WHIW1yic-ouct3sceh",
                scopes: ["accounts:read"], clientAuthentication: .clientSecretPost),
            transport: server, middlewares: [clientIDHeader, signing], now: { clock.now })
        let middlewares: [any ClientMiddleware] = [clientIDHeader, OAuth2ClientCredentialsMiddleware(tokenProvider: tokens), signing]

        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, baseURL in
            try await server.send(request, body: body, baseURL: baseURL, operationID: "list_user_accounts")
        }
        for middleware in middlewares.reversed() {
            let following = next
            next = { request, body, baseURL in
                try await middleware.intercept(request, body: body, baseURL: baseURL, operationID: "list_user_accounts", next: following)
            }
        }
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/users/9c36af78-91a0-4174-a515-fc81214e3dab/accounts")
        let (response, _) = try await next(request, nil, URL(string: "https://sandbox.upvest.co")!)
        #expect(response.status == .ok)

        // Two token requests (the first token was refused) and two API requests, every one signed.
        #expect(server.sent.map(\.operationID) == [
            OAuth2TokenRequester.operationID, "list_user_accounts", OAuth2TokenRequester.operationID, "list_user_accounts",
        ])
        let verifier = MessageSignatureVerifier(
            key: { $0 == "test-key-ed25519" ? key.verificationKey : nil },
            requiredComponents: [.method, .path, .field("upvest-client-id")], now: { clock.now })
        for sent in server.sent {
            var received = sent.request
            received.scheme = "https"
            received.authority = sent.baseURL.host
            let verified = try verifier.verify(received, body: sent.body)
            #expect(verified.coveredComponents.contains(.field("upvest-client-id")))
        }
        let tokenRequest = try #require(server.sent.first)
        #expect(tokenRequest.request.path == "/auth/token")
        #expect(tokenRequest.request.headerFields[.contentDigest] != nil)
        #expect(server.sent[3].request.headerFields[.authorization] == "Bearer token-2")
        #expect(server.sent[3].request.headerFields[.signatureInput]?.contains("\"authorization\"") == true)
    }
}
