import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A Hummingbird server on a free loopback port that checks every request against a spec and answers with
/// the spec's examples. Started and stopped by the test that uses it.
struct SpecServer {
    let checker: SpecRequestChecker
    private let recorder = Recorder()

    /// Every request the server received, with the issues the checker found.
    var received: [(operationID: String?, issues: [String])] { recorder.entries }

    init(specFile: URL) throws {
        checker = try SpecRequestChecker(specFile: specFile)
    }

    /// Runs the server for the duration of `body`, which gets the server URL (with the spec's server path).
    func run<Result: Sendable>(_ body: @Sendable (URL) async throws -> Result) async throws -> Result {
        let checker = self.checker
        let recorder = self.recorder
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            var request = request
            let bytes = try await request.collectBody(upTo: 1 << 22)
            let verdict = checker.check(
                method: request.method, target: request.head.path ?? "/", headers: request.headers, body: Data(bytes.readableBytesView)
            )
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
