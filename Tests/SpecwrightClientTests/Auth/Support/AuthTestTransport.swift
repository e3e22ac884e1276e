import Foundation
import HTTPTypes
import OpenAPIRuntime

/// An in-process `ClientTransport` for the auth tests: records every request (with its body and base URL)
/// and answers with a handler.
final class AuthTestTransport: ClientTransport, @unchecked Sendable {
    struct Sent: Sendable {
        let request: HTTPRequest
        let body: [UInt8]?
        let baseURL: URL
        let operationID: String

        var bodyText: String { body.map { String(decoding: $0, as: UTF8.self) } ?? "" }
    }

    typealias Handler = @Sendable (Sent) async throws -> (HTTPResponse.Status, HTTPFields, String)

    private let lock = NSLock()
    private var recorded: [Sent] = []
    private let handler: Handler

    init(handler: @escaping Handler) {
        self.handler = handler
    }

    var sent: [Sent] { lock.withLock { recorded } }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let bytes: [UInt8]? = if let body { try await [UInt8](collecting: body, upTo: 1 << 20) } else { nil }
        let sent = Sent(request: request, body: bytes, baseURL: baseURL, operationID: operationID)
        lock.withLock { recorded.append(sent) }
        let (status, fields, text) = try await handler(sent)
        return (HTTPResponse(status: status, headerFields: fields), HTTPBody(text))
    }
}

/// A clock the tests move by hand.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_700_000_000)) {
        current = start
    }

    var now: Date { lock.withLock { current } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current += seconds }
    }
}

/// Runs `middleware` on `request` with a `next` that records what it was given and answers 200.
func intercepted(
    _ request: HTTPRequest,
    body: HTTPBody? = nil,
    baseURL: URL = URL(string: "https://api.example.com")!,
    by middleware: some ClientMiddleware
) async throws -> AuthTestTransport.Sent {
    let transport = AuthTestTransport { _ in (.ok, [:], "") }
    _ = try await middleware.intercept(request, body: body, baseURL: baseURL, operationID: "testOperation") {
        request, body, baseURL in
        try await transport.send(request, body: body, baseURL: baseURL, operationID: "testOperation")
    }
    return transport.sent[0]
}
