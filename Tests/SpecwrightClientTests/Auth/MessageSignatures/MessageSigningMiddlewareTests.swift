import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@testable import SpecwrightClient

/// The signing middleware on the client side, checked by the verifier as a server would run it.
@Suite struct MessageSigningMiddlewareTests {
    private let baseURL = URL(string: "https://sandbox.upvest.co/v1")!

    private func middleware(_ components: [SignatureComponent], optional: Set<SignatureComponent> = []) throws -> MessageSigningMiddleware {
        let key = try MessageSigningKey(pemRepresentation: RFC9421.p256PrivateKey, algorithm: .ecdsaP256SHA256)
        return MessageSigningMiddleware(signer: MessageSigner(
            key: key, keyID: "test-key-ecc-p256", components: components, optionalComponents: optional,
            validity: 300, nonce: MessageSigner.randomNonce, now: { RFC9421.created }))
    }

    /// The request as the server sees it: the transport joined the base URL and the path.
    private func asReceived(_ sent: AuthTestTransport.Sent) -> HTTPRequest {
        var request = sent.request
        request.scheme = sent.baseURL.scheme
        request.authority = sent.baseURL.host
        request.path = sent.baseURL.path + (request.path ?? "")
        return request
    }

    @Test func signsTheBodyThroughContentDigest() async throws {
        let components: [SignatureComponent] = [.method, .path, .query, .field("content-type"), .field("content-length"), .field("content-digest")]
        var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/users/42/accounts?dry_run=true")
        request.headerFields[.contentType] = "application/json"
        let sent = try await intercepted(request, body: HTTPBody(#"{"type":"TRADING"}"#), baseURL: baseURL, by: try middleware(components))
        #expect(sent.body.map { String(decoding: $0, as: UTF8.self) } == #"{"type":"TRADING"}"#)
        #expect(sent.request.headerFields[.contentDigest] == ContentDigest.fieldValue(for: Array(#"{"type":"TRADING"}"#.utf8)))
        #expect(sent.request.headerFields[.contentLength] == "18")

        var verifier = RFC9421.verifier
        verifier.requiredComponents = components
        let verified = try verifier.verify(asReceived(sent), body: sent.body)
        #expect(verified.signatureBase.hasPrefix("\"@method\": POST\n\"@path\": /v1/users/42/accounts\n\"@query\": ?dry_run=true\n"))
        #expect(verified.parameters.nonce?.count == 22)
        #expect(verified.parameters.expires == RFC9421.created.addingTimeInterval(300))

        #expect(throws: MessageSignatureError.contentDigestMismatch("the sha-512 digest does not match the body")) {
            try verifier.verify(asReceived(sent), body: Array(#"{"type":"PORTFOLIO"}"#.utf8))
        }
    }

    @Test func bodyComponentsAreLeftOutOfABodilessRequestWhenOptional() async throws {
        let bodyComponents: Set<SignatureComponent> = [.field("content-digest"), .field("content-length")]
        let middleware = try middleware([.method, .path, .field("content-length"), .field("content-digest")], optional: bodyComponents)
        let sent = try await intercepted(
            HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/users"), baseURL: baseURL, by: middleware)
        #expect(sent.request.headerFields[.contentDigest] == nil)
        #expect(sent.request.headerFields[.signatureInput]?.hasPrefix(#"sig1=("@method" "@path");created=1618884473;keyid="test-key-ecc-p256";expires=1618884773;nonce=""#) == true)
        try RFC9421.verifier.verify(asReceived(sent))
    }

    @Test func aBodyLargerThanTheLimitFailsTheRequest() async throws {
        let key = MessageSigningKey.hmacSHA256(secret: RFC9421.sharedSecret)
        let middleware = MessageSigningMiddleware(
            signer: MessageSigner(key: key, keyID: "k", components: [.method]), maximumBodySize: 4)
        await #expect(throws: MessageSignatureError.self) {
            _ = try await intercepted(
                HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/"), body: HTTPBody("too long"), by: middleware)
        }
    }
}
