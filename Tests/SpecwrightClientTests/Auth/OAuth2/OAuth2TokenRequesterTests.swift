import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import SpecwrightClient

@Suite struct OAuth2TokenRequesterTests {
    /// Tradevest's `tokenUrl` (specs/tradevest.json).
    private let tradevestTokenURL = URL(string: "https://tvdcustomauthdomain.auth.eu-central-1.amazoncognito.com/oauth2/token")!

    private func requester(
        _ credentials: OAuth2ClientCredentials, answer: @escaping AuthTestTransport.Handler = { _ in (.ok, [:], "") }
    ) -> (OAuth2TokenRequester, AuthTestTransport) {
        let transport = AuthTestTransport(handler: answer)
        let clock = ManualClock()
        return (OAuth2TokenRequester(credentials: credentials, transport: transport, middlewares: [], now: { clock.now }), transport)
    }

    @Test func clientSecretBasicFormEncodesTheCredentialsBeforeBase64() async throws {
        let credentials = OAuth2ClientCredentials(
            tokenURL: tradevestTokenURL, clientID: "client id", clientSecret: "s:e+c/r%t", scopes: ["roles/read", "roles/write"])
        let (request, body, baseURL) = try requester(credentials).0.makeRequest(scopes: credentials.scopes)
        #expect(baseURL.absoluteString == "https://tvdcustomauthdomain.auth.eu-central-1.amazoncognito.com")
        #expect(request.method == .post)
        #expect(request.path == "/oauth2/token")
        #expect(request.headerFields[.contentType] == "application/x-www-form-urlencoded")
        #expect(request.headerFields[.accept] == "application/json")
        // RFC 6749 section 2.3.1: "client+id:s%3Ae%2Bc%2Fr%25t", then base64.
        #expect(request.headerFields[.authorization] == "Basic " + Data("client+id:s%3Ae%2Bc%2Fr%25t".utf8).base64EncodedString())
        #expect(try await String(collecting: body, upTo: 1000) == "grant_type=client_credentials&scope=roles%2Fread+roles%2Fwrite")
    }

    @Test func clientSecretPostPutsTheCredentialsInTheForm() async throws {
        // Upvest's /auth/token takes client_id and client_secret in the form (the corpus spec's example).
        let credentials = OAuth2ClientCredentials(
            tokenURL: URL(string: "https://sandbox.upvest.co/auth/token")!, clientID: "363f3305-7ab0-4e82-a158-f9d382ad08b6",
            clientSecret: "WHIW1yic-ouct3sceh", scopes: ["users:read"], clientAuthentication: .clientSecretPost,
            additionalParameters: [("audience", "https://api.upvest.co")])
        let (request, body, _) = try requester(credentials).0.makeRequest(scopes: credentials.scopes)
        #expect(request.headerFields[.authorization] == nil)
        let text = try await String(collecting: body, upTo: 10_000)
        #expect(text == "grant_type=client_credentials&scope=users%3Aread&client_id=363f3305-7ab0-4e82-a158-f9d382ad08b6"
            + "&client_secret=WHIW1yic-ouct3sceh&audience=https%3A%2F%2Fapi.upvest.co")
        #expect(request.headerFields[.contentLength] == String(text.utf8.count))
    }

    @Test func scopesAreSpaceSeparatedAndFormEncoded() async throws {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "secret")
        let (_, body, _) = try requester(credentials).0.makeRequest(scopes: ["accounts:admin", "accounts:read"])
        #expect(try await String(collecting: body, upTo: 1000) == "grant_type=client_credentials&scope=accounts%3Aadmin+accounts%3Aread")
        let (_, noScopes, _) = try requester(credentials).0.makeRequest(scopes: [])
        #expect(try await String(collecting: noScopes, upTo: 1000) == "grant_type=client_credentials")
    }

    @Test func keepsThePortAndQueryOfTheTokenURL() throws {
        let credentials = OAuth2ClientCredentials(
            tokenURL: URL(string: "http://127.0.0.1:8080/realms/x/token?tenant=a%20b")!, clientID: "id", clientSecret: "s")
        let (request, _, baseURL) = try requester(credentials).0.makeRequest(scopes: [])
        #expect(baseURL.absoluteString == "http://127.0.0.1:8080")
        #expect(request.path == "/realms/x/token?tenant=a%20b")
    }

    @Test func readsATokenAndWhenToRenewIt() throws {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "s", renewalMargin: 60)
        let sentAt = Date(timeIntervalSince1970: 1_000)
        let token = try requester(credentials).0.readToken(
            status: 200, body: Array(#"{"access_token":"abc.def","token_type":"Bearer","expires_in":3600,"scope":"a b"}"#.utf8),
            requestedScopes: ["a"], sentAt: sentAt)
        #expect(token.value == "abc.def")
        #expect(token.scopes == ["a", "b"])
        #expect(token.expiresAt == sentAt.addingTimeInterval(3600))
        #expect(token.renewAt == sentAt.addingTimeInterval(3540))
    }

    @Test func aShortLifetimeIsRenewedAtHalfTime() throws {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "s", renewalMargin: 60)
        let token = try requester(credentials).0.readToken(
            status: 200, body: Array(#"{"access_token":"t","token_type":"bearer","expires_in":"30"}"#.utf8),
            requestedScopes: ["x"], sentAt: Date(timeIntervalSince1970: 0))
        #expect(token.renewAt == Date(timeIntervalSince1970: 15))
        #expect(token.scopes == ["x"])
    }

    @Test func withoutExpiresInTheTokenLastsUntilRefused() throws {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "s")
        let token = try requester(credentials).0.readToken(
            status: 200, body: Array(#"{"access_token":"t","token_type":"bearer"}"#.utf8), requestedScopes: [], sentAt: Date())
        #expect(token.expiresAt == nil)
        #expect(token.isUsable(at: .distantFuture))
    }

    @Test func surfacesTheOAuth2Error() async {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "wrong")
        let (requester, _) = requester(credentials) { _ in
            (.unauthorized, [.contentType: "application/json"],
             #"{"error":"invalid_client","error_description":"Client authentication failed","error_uri":"https://example.com/e"}"#)
        }
        let error = await #expect(throws: OAuth2TokenEndpointError.self) { try await requester.requestToken(scopes: []) }
        #expect(error == .rejected(
            status: 401, error: "invalid_client", description: "Client authentication failed", uri: "https://example.com/e"))
        #expect(error?.description == "token endpoint refused the request (HTTP 401): invalid_client: Client authentication failed (see https://example.com/e)")
    }

    @Test(arguments: [
        (500, "<html>Bad gateway</html>", "no OAuth 2.0 error object"),
        (200, "not json", "the body is not a JSON object"),
        (200, #"{"token_type":"bearer"}"#, "no access_token"),
        (200, #"{"access_token":"t","token_type":"mac"}"#, "token_type is not Bearer"),
        (200, #"{"access_token":"t","token_type":"bearer","expires_in":-5}"#, "expires_in is not a positive number"),
        (200, #"{"access_token":"t","token_type":"bearer","expires_in":true}"#, "expires_in is not a positive number"),
    ])
    func rejectsWhatIsNotATokenResponse(_ status: Int, _ body: String, _ reason: String) {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "s")
        let error = #expect(throws: OAuth2TokenEndpointError.self) {
            try requester(credentials).0.readToken(status: status, body: Array(body.utf8), requestedScopes: [], sentAt: Date())
        }
        guard case .unexpectedResponse(let gotStatus, let gotReason, let excerpt) = error else {
            Issue.record("expected unexpectedResponse, got \(String(describing: error))")
            return
        }
        #expect(gotStatus == status)
        #expect(gotReason == reason)
        #expect(excerpt == body)
    }

    @Test func rejectsATokenThatCannotBeSentAsBearer() {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "s")
        #expect(throws: AuthenticationError.self) {
            try requester(credentials).0.readToken(
                status: 200, body: Array(#"{"access_token":"a\r\nX: y","token_type":"bearer"}"#.utf8), requestedScopes: [],
                sentAt: Date())
        }
    }

    @Test func sendsTheTokenRequestThroughTheGivenMiddlewares() async throws {
        let credentials = OAuth2ClientCredentials(tokenURL: tradevestTokenURL, clientID: "id", clientSecret: "s")
        let transport = AuthTestTransport { _ in (.ok, [:], #"{"access_token":"t","token_type":"bearer","expires_in":60}"#) }
        let marker = try APIKeyMiddleware(key: "signed", location: .header(name: "X-Marker"))
        let requester = OAuth2TokenRequester(credentials: credentials, transport: transport, middlewares: [marker], now: { Date() })
        _ = try await requester.requestToken(scopes: [])
        #expect(transport.sent.first?.request.headerFields[HTTPField.Name("x-marker")!] == "signed")
        #expect(transport.sent.first?.operationID == OAuth2TokenRequester.operationID)
    }
}
