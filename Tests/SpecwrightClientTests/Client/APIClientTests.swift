import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecwrightValidation
import Testing

@testable import SpecwrightClient

/// A hand-written operation of the shape the generator writes, so the client runtime is tested on its own.
struct GetThingInput: OperationInput, Hashable {
    typealias Output = GetThingOutput
    static let operationID = "getThing"
    static let security: [SecurityRequirement] = [["bearer": []], ["key": [], "basic": []]]
    var id: String
    var body: Thing?

    func validate() throws {
        try InputValidation.validate([(body as Any, "/body")])
    }

    func makeRequest() throws -> BuiltRequest {
        var builder = RequestBuilder(method: .post, pathTemplate: "/things/{id}")
        try builder.path("id", id)
        builder.accept(["application/json"])
        if let body { try builder.jsonBody(body) }
        return try builder.build()
    }
}

struct Thing: Codable, Hashable, Sendable, Validatable {
    var name: String

    /// A hand-written check in the shape of a generated one: `name` is a non-empty string.
    static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
        guard case .object(let members) = value, case .string(let name)? = members["name"] else {
            context.report("type", at: "/properties/name/type", "name must be a string")
            return false
        }
        var valid = true
        context.within("name") { context in
            valid = context.minLength(name, 1, at: "/properties/name/minLength")
        }
        return valid
    }
}

enum GetThingOutput: OperationOutput, Hashable {
    case ok(Thing)
    case clientError(status: Int, String)
    case undocumented(status: Int, headers: HTTPFields, body: Data)

    init(_ response: ReceivedResponse) throws {
        switch response.status {
        case 200 where response.hasContent("application/json", onlyDocumented: true):
            self = .ok(try response.json(Thing.self))
        case 400...499 where response.hasContent("text/plain", onlyDocumented: true):
            self = .clientError(status: response.status, try response.text())
        default:
            self = .undocumented(status: response.status, headers: response.headerFields, body: response.body)
        }
    }
}

/// Adds a header so the order middlewares run in shows in the request.
struct TaggingMiddleware: ClientMiddleware {
    let tag: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        let seen = request.headerFields[HTTPField.Name("X-Order")!].map { $0 + "," } ?? ""
        request.headerFields[HTTPField.Name("X-Order")!] = seen + tag
        return try await next(request, body, baseURL)
    }
}

@Suite struct APIClientTests {
    static func json(_ status: HTTPResponse.Status, _ text: String, contentType: String = "application/json") -> (HTTPResponse, Data) {
        (HTTPResponse(status: status, headerFields: [.contentType: contentType]), Data(text.utf8))
    }

    @Test func sendsThroughMiddlewaresInOrderAndDecodes() async throws {
        let transport = RecordingTransport { _, _ in Self.json(.ok, #"{"name":"lamp"}"#) }
        let client = APIClient(
            serverURL: URL(string: "https://api.example.com/v2")!, transport: transport,
            middlewares: [TaggingMiddleware(tag: "first"), TaggingMiddleware(tag: "second")]
        )
        let output = try await client.send(GetThingInput(id: "a/b", body: Thing(name: "lamp")))
        #expect(output == .ok(Thing(name: "lamp")))
        let sent = try #require(transport.requests.first)
        #expect(sent.request.path == "/things/a%2Fb")
        #expect(sent.request.headerFields[HTTPField.Name("X-Order")!] == "first,second")
        #expect(sent.baseURL.absoluteString == "https://api.example.com/v2")
        #expect(sent.body == Data(#"{"name":"lamp"}"#.utf8))
    }

    @Test func anInvalidInputIsNeverSent() async throws {
        let transport = RecordingTransport { _, _ in Self.json(.ok, "{}") }
        let client = APIClient(serverURL: URL(string: "https://api.example.com")!, transport: transport)
        await #expect(throws: ValidationError.self) {
            try await client.send(GetThingInput(id: "x", body: Thing(name: "")))
        }
        #expect(transport.requests.isEmpty)
        do {
            _ = try await client.send(GetThingInput(id: "x", body: Thing(name: "")))
        } catch let error as ValidationError {
            #expect(error.issues.map(\.instanceLocation) == ["/body/name"])
        }
    }

    @Test func validationCanBeSwitchedOff() async throws {
        let transport = RecordingTransport { _, _ in Self.json(.ok, #"{"name":""}"#) }
        let client = APIClient(
            serverURL: URL(string: "https://api.example.com")!, transport: transport,
            configuration: ClientConfiguration(validatesRequests: false)
        )
        #expect(try await client.send(GetThingInput(id: "x", body: Thing(name: ""))) == .ok(Thing(name: "")))
    }

    @Test func responsesCanBeValidated() async throws {
        let transport = RecordingTransport { _, _ in Self.json(.ok, #"{"name":""}"#) }
        let client = APIClient(
            serverURL: URL(string: "https://api.example.com")!, transport: transport,
            configuration: ClientConfiguration(validatesResponses: true)
        )
        await #expect(throws: ResponseDecodingError.self) {
            try await client.send(GetThingInput(id: "x"))
        }
    }

    @Test func rangesUndocumentedStatusesAndBadBodies() async throws {
        let answers: [String: (HTTPResponse, Data)] = [
            "/things/teapot": Self.json(.init(code: 418), "short and stout", contentType: "text/plain"),
            "/things/gone": Self.json(.init(code: 503), "{}"),
            "/things/broken": Self.json(.ok, #"{"nom":1}"#),
        ]
        let transport = RecordingTransport { request, _ in answers[request.path!]! }
        let client = APIClient(serverURL: URL(string: "https://api.example.com")!, transport: transport)
        #expect(try await client.send(GetThingInput(id: "teapot")) == .clientError(status: 418, "short and stout"))
        let gone = try await client.send(GetThingInput(id: "gone"))
        guard case .undocumented(503, let headers, let body) = gone else {
            Issue.record("expected undocumented, got \(gone)")
            return
        }
        #expect(headers[.contentType] == "application/json")
        #expect(body == Data("{}".utf8))
        await #expect(throws: ResponseDecodingError.self) {
            try await client.send(GetThingInput(id: "broken"))
        }
    }

    @Test func transportFailuresNameTheOperation() async {
        struct Down: Error {}
        struct FailingTransport: ClientTransport {
            func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
                throw Down()
            }
        }
        let client = APIClient(serverURL: URL(string: "https://api.example.com")!, transport: FailingTransport())
        do {
            _ = try await client.send(GetThingInput(id: "x"))
            Issue.record("expected a TransportError")
        } catch let error as TransportError {
            #expect(error.operationID == "getThing")
            #expect(error.description.hasPrefix("getThing: POST /things/x failed"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func serverTemplates() throws {
        #expect(try ServerURLTemplate.url("https://{host}/api/{version}", values: [("host", "bank.example", []), ("version", "v2", ["v1", "v2"])])
            == URL(string: "https://bank.example/api/v2")!)
        #expect(throws: RequestBuildError.serverVariable(name: "version", value: "v3", allowed: ["v1", "v2"])) {
            try ServerURLTemplate.url("https://x/{version}", values: [("version", "v3", ["v1", "v2"])])
        }
        #expect(throws: RequestBuildError.self) {
            try ServerURLTemplate.url("/relative", values: [])
        }
    }
}
