import Foundation
import HTTPTypes
import Hummingbird
import Logging
import OpenAPIRuntime
import OpenAPIURLSession
import Testing

@testable import SpecwrightClient

/// OAuth2 and message signatures over real HTTP: a Hummingbird server on a free loopback port plays the
/// token endpoint and an API that verifies every request's signature, and the client sends through
/// `URLSessionTransport`.
@Suite struct LoopbackAuthenticationTests {
    /// What the server saw, for the test to check afterwards.
    actor ServerLog {
        private(set) var tokenForms: [String] = []
        private(set) var tokenAuthorizations: [String?] = []
        private(set) var verifiedBases: [String] = []

        func recordTokenRequest(form: String, authorization: String?) -> Int {
            tokenForms.append(form)
            tokenAuthorizations.append(authorization)
            return tokenForms.count
        }

        func recordVerified(_ base: String) {
            verifiedBases.append(base)
        }
    }

    private static func makeRouter(log: ServerLog, verifier: MessageSignatureVerifier) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("oauth2/token") { request, _ -> Response in
            let form = String(buffer: try await request.body.collect(upTo: 1 << 16))
            let number = await log.recordTokenRequest(form: form, authorization: request.headers[.authorization])
            let json = #"{"access_token":"loopback-\#(number)","token_type":"Bearer","expires_in":3600}"#
            return Response(
                status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: json)))
        }
        let api: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let body = Array(buffer: try await request.body.collect(upTo: 1 << 20))
            var head = request.head
            head.scheme = "http"
            do {
                let verified = try verifier.verify(head, body: body)
                await log.recordVerified(verified.signatureBase)
            } catch {
                return Response(status: .badRequest, body: .init(byteBuffer: ByteBuffer(string: "\(error)")))
            }
            guard request.headers[.authorization] == "Bearer loopback-1" else { return Response(status: .unauthorized) }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: "{}")))
        }
        router.get("v1/accounts", use: api)
        router.post("v1/accounts", use: api)
        return router
    }

    @Test func signedOAuth2RequestsOverURLSession() async throws {
        let signingKey = try MessageSigningKey(pemRepresentation: RFC9421.ed25519PrivateKey, algorithm: .ed25519)
        let verifier = MessageSignatureVerifier(
            key: { $0 == "test-key-ed25519" ? signingKey.verificationKey : nil },
            requiredComponents: [.method, .targetURI, .field("authorization"), .field("content-digest")])
        let log = ServerLog()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: Self.makeRouter(log: log, verifier: verifier),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { portContinuation.yield(port) }
                portContinuation.finish()
            },
            logger: Self.quietLogger)

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var portIterator = ports.makeAsyncIterator()
            let port = try #require(await portIterator.next())

            let transport = URLSessionTransport()
            let tokens = OAuth2TokenProvider(
                credentials: OAuth2ClientCredentials(
                    tokenURL: URL(string: "http://127.0.0.1:\(port)/oauth2/token")!, clientID: "loopback client",
                    clientSecret: "s3cr3t&=", scopes: ["accounts:read"]),
                transport: transport)
            let signing = MessageSigningMiddleware(signer: MessageSigner(
                key: signingKey, keyID: "test-key-ed25519",
                components: [.method, .targetURI, .field("authorization"), .field("content-digest")],
                optionalComponents: [.field("content-digest")], validity: 60, nonce: MessageSigner.randomNonce))
            let send = Self.chain([OAuth2ClientCredentialsMiddleware(tokenProvider: tokens), signing], transport: transport)
            let baseURL = URL(string: "http://127.0.0.1:\(port)/v1")!

            let post = HTTPRequest(
                method: .post, scheme: nil, authority: nil, path: "/accounts?user=9c36af78",
                headerFields: [.contentType: "application/json"])
            let (created, createdBody) = try await send(post, HTTPBody(#"{"type":"TRADING"}"#), baseURL)
            let createdText = try await String(collecting: createdBody ?? HTTPBody(), upTo: 10_000)
            #expect(created.status == .ok, "\(createdText)")

            // The GET has no body, so no content-digest: the verifier's policy requires one.
            let get = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/accounts")
            let (listed, listedBody) = try await send(get, nil, baseURL)
            #expect(listed.status == .badRequest)
            #expect(try await String(collecting: listedBody ?? HTTPBody(), upTo: 10_000)
                == #"signature does not cover "content-digest" (signature sig1)"#)

            group.cancelAll()
        }

        #expect(await log.tokenForms == ["grant_type=client_credentials&scope=accounts%3Aread"])
        #expect(await log.tokenAuthorizations == ["Basic " + Data("loopback+client:s3cr3t%26%3D".utf8).base64EncodedString()])
        let bases = await log.verifiedBases
        #expect(bases.count == 1)
        #expect(bases.first?.hasPrefix("\"@method\": POST\n\"@target-uri\": http://127.0.0.1:") == true)
        #expect(bases.first?.contains("/v1/accounts?user=9c36af78\n\"authorization\": Bearer loopback-1\n") == true)
    }

    /// Hummingbird logs its start and its shutdown on cancellation; the test has no use for either.
    private static var quietLogger: Logger {
        var logger = Logger(label: "LoopbackAuthenticationTests")
        logger.logLevel = .critical
        return logger
    }

    /// The client-side middleware chain, first middleware outermost, as the generated clients run it.
    private static func chain(
        _ middlewares: [any ClientMiddleware], transport: any ClientTransport
    ) -> @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, baseURL in
            try await transport.send(request, body: body, baseURL: baseURL, operationID: "accounts")
        }
        for middleware in middlewares.reversed() {
            let following = next
            next = { request, body, baseURL in
                try await middleware.intercept(request, body: body, baseURL: baseURL, operationID: "accounts", next: following)
            }
        }
        return next
    }
}
