import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SpecwrightClient

/// A Hummingbird server on a free loopback port that checks every request against a spec (and, when given,
/// its credential and HTTP message signature) and answers with the spec's examples. Started and stopped by
/// the test that uses it. With a `tokenIssuer`, it is also the OAuth 2.0 token endpoint at its path.
struct SpecServer {
    let checker: SpecRequestChecker
    let tokenIssuer: TokenIssuer?
    let signatureVerifier: MessageSignatureVerifier?
    private let recorder = Recorder()

    /// Every request the server received (token requests as `token`), with the issues found.
    var received: [(operationID: String?, issues: [String])] { recorder.entries }

    init(
        specFile: URL, credentials: AcceptedCredentials? = nil, tokenIssuer: TokenIssuer? = nil,
        signatureVerifier: MessageSignatureVerifier? = nil
    ) throws {
        checker = try SpecRequestChecker(specFile: specFile, credentials: credentials)
        self.tokenIssuer = tokenIssuer
        self.signatureVerifier = signatureVerifier
    }

    /// Runs the server for the duration of `body`, which gets the server URL (with the spec's server path).
    func run<Result: Sendable>(_ body: @Sendable (URL) async throws -> Result) async throws -> Result {
        let checker = self.checker
        let recorder = self.recorder
        let tokenIssuer = self.tokenIssuer
        let signatureVerifier = self.signatureVerifier
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            var request = request
            let bytes = Data(try await request.collectBody(upTo: 1 << 22).readableBytesView)
            let signatureIssues = signatureVerifier.map { Self.signatureIssues(of: request.head, body: bytes, verifier: $0) } ?? []
            if let tokenIssuer, request.method == .post, request.head.path == tokenIssuer.path {
                let (status, answer) = tokenIssuer.answer(headers: request.headers, body: bytes)
                recorder.append(operationID: "token", issues: signatureIssues + (status == 200 ? [] : ["token request refused: \(status)"]))
                return Response(
                    status: .init(code: signatureIssues.isEmpty ? status : 401), headers: [.contentType: "application/json"],
                    body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer)))
            }
            var verdict = checker.check(method: request.method, target: request.head.path ?? "/", headers: request.headers, body: bytes)
            if !signatureIssues.isEmpty {
                verdict = SpecRequestChecker.Verdict(operation: verdict.operation, issues: verdict.issues + signatureIssues, status: 401, body: Data())
            }
            recorder.append(operationID: verdict.operation?.operationID, issues: verdict.issues)
            var headers = HTTPFields()
            if let contentType = verdict.contentType { headers[.contentType] = contentType }
            for (name, value) in verdict.headers {
                if let fieldName = HTTPField.Name(name) { headers[fieldName] = value }
            }
            return Response(
                status: .init(code: verdict.status), headers: headers,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: verdict.body))
            )
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }
        )
        let server = Task { try await application.run() }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port != 0 else { throw ServerDidNotStart() }
        let url = URL(string: "http://127.0.0.1:\(port)\(checker.basePath)")!
        return try await body(url)
    }

    /// The request as the client signed it: `http`, and the authority the client sent.
    private static func signatureIssues(of head: HTTPRequest, body: Data, verifier: MessageSignatureVerifier) -> [String] {
        var received = head
        received.scheme = "http"
        if received.authority == nil { received.authority = head.headerFields[HTTPField.Name("Host")!] }
        do {
            try verifier.verify(received, body: [UInt8](body))
            return []
        } catch {
            return ["signature: \(error)"]
        }
    }

    struct ServerDidNotStart: Error {}

    private final class Recorder: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: [(operationID: String?, issues: [String])] = []

        var entries: [(operationID: String?, issues: [String])] { lock.withLock { stored } }

        func append(operationID: String?, issues: [String]) {
            lock.withLock { stored.append((operationID, issues)) }
        }
    }
}
