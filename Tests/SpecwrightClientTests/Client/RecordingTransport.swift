import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A transport that records each request and answers from a closure.
final class RecordingTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(HTTPRequest, Data?, URL)] = []
    let answer: @Sendable (HTTPRequest, Data?) -> (HTTPResponse, Data)

    init(answer: @escaping @Sendable (HTTPRequest, Data?) -> (HTTPResponse, Data)) {
        self.answer = answer
    }

    var requests: [(request: HTTPRequest, body: Data?, baseURL: URL)] {
        lock.withLock { recorded.map { ($0.0, $0.1, $0.2) } }
    }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var data: Data?
        if let body { data = try await Data(collecting: body, upTo: 1 << 20) }
        lock.withLock { recorded.append((request, data, baseURL)) }
        let (response, responseBody) = answer(request, data)
        return (response, HTTPBody(responseBody))
    }
}
