import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A transport that records each request and answers `204 No Content`.
final class RecordingTransport: ClientTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(request: HTTPRequest, body: Data?, baseURL: URL)] = []

    var requests: [(request: HTTPRequest, body: Data?, baseURL: URL)] { lock.withLock { recorded } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var data: Data?
        if let body { data = try await Data(collecting: body, upTo: 1 << 20) }
        lock.withLock { recorded.append((request, data, baseURL)) }
        return (HTTPResponse(status: .noContent), nil)
    }
}
