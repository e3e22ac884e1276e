import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecwrightClient
import SpecwrightValidation
import Testing

import SpecwrightTestSupport
import Upvest

/// Upvest end to end: OAuth 2.0 tokens from the server's `/auth/token` (itself signed), every API request
/// authorized with a token of the scopes its `security` names and signed (RFC 9421) by the signing
/// middleware, which also sets the `signature` and `signature-input` headers the inputs leave out. The
/// server verifies every signature and checks every token's scopes.
@Suite struct UpvestClientTests {
    static let clientID = UUID(uuidString: "ebabcf4d-61c3-4942-875c-e265a7c2d062")!
    static let keyID = "upvest-test-key"
    /// RFC 9421's ed25519 test key (appendix B.1.4), a published key, never a real one.
    static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF
        -----END PRIVATE KEY-----
        """

    static func signing() throws -> (MessageSigningMiddleware, MessageSignatureVerifier) {
        let key = try MessageSigningKey(pemRepresentation: privateKeyPEM, algorithm: .ed25519)
        let signer = MessageSigner(
            key: key, keyID: keyID,
            components: [.method, .path, .query, .field("content-type"), .field("content-length"), .field("content-digest"),
                         .field("idempotency-key"), .field("upvest-client-id"), .field("authorization")],
            optionalComponents: [.field("content-type"), .field("content-length"), .field("content-digest"), .field("idempotency-key"),
                                 .field("authorization")],
            validity: 300, nonce: MessageSigner.randomNonce)
        let verifier = MessageSignatureVerifier(
            key: { $0 == keyID ? key.verificationKey : nil }, requiredComponents: [.method, .path, .field("upvest-client-id")])
        return (MessageSigningMiddleware(signer: signer), verifier)
    }

    @Test(arguments: Transport.allCases)
    func everyOperationSignedAndAuthorized(_ transport: Transport) async throws {
        let (signing, verifier) = try Self.signing()
        let issuer = TokenIssuer(path: "/auth/token", clientID: Self.clientID.uuidString.lowercased(), clientSecret: "WHIW1yic-ouct3sceh")
        let clientIDHeader = try APIKeyMiddleware(key: Self.clientID.uuidString.lowercased(), location: .header(name: "upvest-client-id"))
        // 7 API requests and one token request per scope set (`accounts:read`, `accounts:admin`).
        try await runAgainstSpecServer(
            provider: "Upvest", expectedRequests: 9,
            credentials: AcceptedCredentials(schemes: ["oauth-client-credentials": .oauth2(issuer)]), tokenIssuer: issuer,
            signatureVerifier: verifier
        ) { url, spec in
            let client = UpvestClient(
                serverURL: url, transport: transport.transport,
                authentication: .oauthClientCredentials(
                    clientID: Self.clientID.uuidString.lowercased(), clientSecret: "WHIW1yic-ouct3sceh", clientAuthentication: .clientSecretPost,
                    tokenURL: serverURL(url, path: "/auth/token"), tokenRequestMiddlewares: [clientIDHeader, signing]),
                middlewares: [signing])
            let clientID = Self.clientID, accountID = UUID()
            var cases = [
                caseName(try await client.listUserAccounts(userId: UUID(), upvestClientId: clientID, sort: .createdAt, order: .asc, offset: 0, limit: 100)),
                caseName(try await client.retrieveAccount(accountId: accountID, upvestClientId: clientID)),
                caseName(try await client.updateAccount(accountId: accountID, upvestClientId: clientID, body: try spec.requestExample(AccountUpdateRequest.self, operationID: "update_account"))),
                caseName(try await client.accountClosure(accountId: accountID, upvestClientId: clientID)),
                caseName(try await client.listAccounts(upvestClientId: clientID, limit: 10)),
                caseName(try await client.createAccount(upvestClientId: clientID, idempotencyKey: UUID(), body: try spec.requestExample(AccountCreateRequest.self, operationID: "create_account"))),
            ]
            // The example page holds 1 of `total_count` 1: one page.
            var pages = 0
            for try await _ in client.listAccountsPages(ListAccountsInput(upvestClientId: clientID)) {
                pages += 1
            }
            cases.append(pages == 1 ? "ok" : "pages: \(pages)")
            return cases
        }
        #expect(issuer.count == 2)
    }

    /// The server checks each operation's scopes: a token granting only `accounts:read` lists accounts but
    /// cannot create one; an unsigned request is refused too.
    @Test func scopesAndSignaturesAreCheckedPerOperation() async throws {
        let (signing, verifier) = try Self.signing()
        let issuer = TokenIssuer(path: "/auth/token", clientID: "unused", clientSecret: "unused")
        let readToken = issuer.issue(scopes: ["accounts:read"])
        let server = try SpecServer(
            specFile: ProviderFixtures.specURL(provider: "Upvest"),
            credentials: AcceptedCredentials(schemes: ["oauth-client-credentials": .oauth2(issuer)]), signatureVerifier: verifier)
        let (listed, created, unsigned) = try await server.run { url in
            let authentication = UpvestAuthentication.oauthClientCredentials(accessTokenProvider: { readToken })
            let client = UpvestClient(serverURL: url, transport: Transport.asyncHTTPClient.transport, authentication: authentication, middlewares: [signing])
            let unsignedClient = UpvestClient(serverURL: url, transport: Transport.asyncHTTPClient.transport, authentication: authentication)
            return (
                caseName(try await client.listAccounts(upvestClientId: Self.clientID)),
                await Self.outcome { caseName(try await client.createAccount(
                    upvestClientId: Self.clientID, idempotencyKey: UUID(),
                    body: try server.checker.requestExample(AccountCreateRequest.self, operationID: "create_account"))) },
                await Self.outcome { caseName(try await unsignedClient.listAccounts(upvestClientId: Self.clientID)) }
            )
        }
        #expect(listed == "ok")
        #expect(created.contains("response 401"))
        #expect(unsigned.contains("response 401"))
        let issues = server.received.map(\.issues)
        #expect(issues.count == 3)
        #expect(issues.first?.isEmpty == true)
        #expect(issues.dropFirst().first?.contains { $0.contains("oauth-client-credentials [\"accounts:admin\"]") } == true)
        #expect(issues.last?.contains { $0.hasPrefix("/header/signature") } == true)
        #expect(issues.last?.contains { $0.hasPrefix("signature: ") } == true)
    }

    /// The case name, or the error: a refusal has no body, which the documented 401 schema cannot decode.
    static func outcome(_ call: () async throws -> String) async -> String {
        do { return try await call() } catch { return "\(error)" }
    }

    @Test func webhookEventsParseOrReportEveryIssue() throws {
        let checker = try SpecRequestChecker(specFile: ProviderFixtures.specURL(provider: "Upvest"))
        let example = try #require(checker.model.webhooks.first?.requestBody?.contents.first?.examples.first)
        let body = try JSONBody.encode(JSONValue(example.value))
        let headers: HTTPFields = [
            HTTPField.Name("signature")!: "sig1=:K2qGT5srn2OGbOIDzQ6kYT+ruaycnDAAUpKv+ePFfD0=:",
            HTTPField.Name("signature-input")!: #"sig1=("@method" "@path");created=1618884473;keyid="test-key""#,
        ]
        let event = try AccountEventWebhook.parse(body: body, headers: headers).get()
        #expect(event.id == UUID(uuidString: "56510309-d9de-4730-9b5b-4a0ed047f3a9"))

        guard case .failure(let error) = AccountEventWebhook.parse(body: Data(#"{"id": "not-a-uuid"}"#.utf8), headers: [:]) else {
            Issue.record("an invalid delivery parsed")
            return
        }
        #expect(error.issues.contains { $0.instanceLocation == "/header/signature" })
        #expect(error.issues.contains { $0.instanceLocation.hasPrefix("/body") })
    }
}
