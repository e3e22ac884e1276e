import Foundation
import HTTPTypes
import OpenAPIRuntime
import SpecwrightServerValidation
import SpecwrightTestSupport
import Testing

@testable import SpecwrightOpenAPIServer

@Suite struct RequestValidationServerMiddlewareTests {
    static let validator = Result {
        try RequestValidator(specAt: TestPaths.repositoryRoot.appendingPathComponent("specs/aquanow.yaml").path)
    }

    /// What the next handler saw, or `nil` when the middleware answered itself.
    struct Outcome {
        var response: HTTPResponse
        var body: Data
        var handlerReceived: Data?
    }

    private func intercept(
        _ method: HTTPRequest.Method, _ path: String, operationID: String, contentType: String? = nil, body: String? = nil,
        middleware: RequestValidationServerMiddleware? = nil
    ) async throws -> Outcome {
        var request = HTTPRequest(method: method, scheme: "http", authority: "localhost", path: path)
        if let contentType { request.headerFields[.contentType] = contentType }
        let received = Received()
        let (response, responseBody) = try await (middleware ?? RequestValidationServerMiddleware(validator: Self.validator.get()))
            .intercept(request, body: body.map { HTTPBody($0) }, metadata: ServerRequestMetadata(), operationID: operationID) {
                _, body, _ in
                await received.set(try await Self.collect(body))
                return (HTTPResponse(status: .ok), HTTPBody("handled"))
            }
        return Outcome(response: response, body: try await Self.collect(responseBody), handlerReceived: await received.data)
    }

    private static func collect(_ body: HTTPBody?) async throws -> Data {
        guard let body else { return Data() }
        return try await Data(collecting: body, upTo: 1 << 20)
    }

    actor Received {
        var data: Data?
        func set(_ data: Data) { self.data = data }
    }

    @Test func validRequestReachesTheHandlerWithItsBody() async throws {
        let body = #"""
            {"referenceId": "c-1", "fullName": "John Doe", "nationality": "CAN", "placeOfBirth": "Toronto",
             "dateOfBirth": "1990-05-17", "sanctionsScreeningCompleted": "NO", "pepScreeningCompleted": "NO",
             "livenessCheckCompleted": "NO"}
            """#
        let outcome = try await intercept(.post, "/api/v1/customers", operationID: "createCustomer", contentType: "application/json", body: body)
        #expect(outcome.response.status == .ok)
        #expect(outcome.handlerReceived == Data(body.utf8))
    }

    @Test func invalidRequestIsAnsweredWithProblemJSON() async throws {
        let outcome = try await intercept(
            .post, "/api/v1/customers", operationID: "createCustomer", contentType: "application/json",
            body: #"{"fullName": "John Doe", "nationality": "Atlantis"}"#)
        #expect(outcome.handlerReceived == nil)
        #expect(outcome.response.status == .badRequest)
        #expect(outcome.response.headerFields[.contentType] == "application/problem+json")
        let problem = try JSONDecoder().decode(ProblemDetails.self, from: outcome.body)
        // Six missing members, each reported at the body with its name; one bad country.
        #expect(problem.issues.map(\.pointer) == ["/body", "/body", "/body", "/body", "/body", "/body", "/body/nationality"])
        #expect(problem.issues.filter { $0.code == "required" }.count == 6)
        #expect(problem.issues.contains { $0.message.contains("dateOfBirth") })
        #expect(problem.detail == "The request has 7 issues.")
    }

    @Test func queryAndPathParametersOfTheNamedOperation() async throws {
        let query = try await intercept(.get, "/api/v1/customers?limit=abc", operationID: "listCustomers")
        #expect(query.response.status == .badRequest)
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: query.body).issues.map(\.pointer) == ["/query/limit"])
        let path = try await intercept(.get, "/api/v1/customers/123e4567-e89b-12d3-a456-426614174000", operationID: "getCustomer")
        #expect(path.response.status == .ok)
    }

    @Test func bodiesBeyondTheLimitGet413() async throws {
        let middleware = try RequestValidationServerMiddleware(validator: Self.validator.get(), maximumBodyBytes: 16)
        let outcome = try await intercept(
            .post, "/api/v1/customers", operationID: "createCustomer", contentType: "application/json",
            body: String(repeating: " ", count: 17), middleware: middleware)
        #expect(outcome.response.status.code == 413)
        #expect(outcome.handlerReceived == nil)
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: outcome.body).title == "Content Too Large")
    }
}
