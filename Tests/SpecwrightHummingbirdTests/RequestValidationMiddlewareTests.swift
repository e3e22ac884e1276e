import Aquanow
import AsyncHTTPClient
import Foundation
import Hummingbird
import SpecwrightServerValidation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

@testable import SpecwrightHummingbird

/// A real Hummingbird server on a free loopback port, with the middleware in front of Aquanow's routes,
/// called over HTTP by AsyncHTTPClient.
@Suite struct RequestValidationMiddlewareTests {
    static let specPath = TestPaths.repositoryRoot.appendingPathComponent("specs/aquanow.yaml").path

    static let validCustomer = #"""
        {"referenceId": "c-1", "fullName": "John Doe", "nationality": "CA", "placeOfBirth": "Toronto, Canada",
         "dateOfBirth": "1990-05-17", "sanctionsScreeningCompleted": "NO", "pepScreeningCompleted": "NO",
         "livenessCheckCompleted": "NO"}
        """#
    static let invalidCustomer = #"""
        {"fullName": "", "nationality": "Atlantis", "placeOfBirth": "Toronto", "dateOfBirth": "1990-02-30",
         "sanctionsScreeningCompleted": "YES", "pepScreeningCompleted": "MAYBE", "livenessCheckCompleted": "NO"}
        """#

    struct Answer {
        var status: Int
        var contentType: String?
        var body: Data

        func problem() throws -> ProblemDetails {
            try JSONDecoder().decode(ProblemDetails.self, from: body)
        }
    }

    @Test func rejectsInvalidRequestsWithEveryIssueAndPassesValidOnes() async throws {
        let validator = try RequestValidator(specAt: Self.specPath)
        try await withServer(validator: validator) { send in
            // A valid request reaches the route with its body unchanged.
            let created = try await send("POST", "/api/v1/customers", "application/json", Self.validCustomer)
            #expect(created.status == 201)
            #expect(String(decoding: created.body, as: UTF8.self) == Self.validCustomer)

            // An invalid one is answered by the middleware, listing every issue the validator finds.
            let rejected = try await send("POST", "/api/v1/customers", "application/json", Self.invalidCustomer)
            #expect(rejected.status == 400)
            #expect(rejected.contentType == "application/problem+json")
            let problem = try rejected.problem()
            #expect(problem.status == 400)
            #expect(problem.title == "Bad Request")
            #expect(problem.instance == "/api/v1/customers")
            let expected = validator.validate(IncomingRequest(
                method: "POST", target: "/api/v1/customers", headers: [("Content-Type", "application/json")],
                body: Data(Self.invalidCustomer.utf8))).issues
            #expect(problem.issues.map(\.pointer) == expected.map(\.instanceLocation))
            // A missing member is reported at its object, naming it.
            #expect(Set(problem.issues.map { "\($0.pointer) \($0.code)" }).isSuperset(of: [
                "/body required", "/body/fullName minLength", "/body/nationality format", "/body/dateOfBirth format",
                "/body/pepScreeningCompleted enum",
            ]))
            #expect(problem.issues.contains { $0.message.contains("referenceId") })
            #expect(problem.issues.contains { $0.message.contains("sanctionsScreeningCompletedAt") })

            let malformed = try await send("POST", "/api/v1/customers", "application/json", "{\"fullName\": ")
            #expect(try malformed.problem().issues.map(\.code) == ["syntax"])

            let wrongType = try await send("POST", "/api/v1/customers", "text/plain", "John Doe")
            #expect(try wrongType.problem().issues.map(\.pointer) == ["/header/Content-Type"])

            let query = try await send("GET", "/api/v1/customers?limit=0&createDateStart=yesterday", nil, nil)
            #expect(query.status == 400)
            #expect(try query.problem().issues.map(\.pointer) == ["/query/createDateStart", "/query/limit"])

            let path = try await send("GET", "/api/v1/customers/not-a-uuid", nil, nil)
            #expect(try path.problem().issues.map { "\($0.pointer) \($0.code)" } == ["/path/customerId format"])

            // Paths the spec does not have are the router's to answer.
            #expect(try await send("GET", "/health", nil, nil).status == 200)
            #expect(try await send("GET", "/api/v1/unknown", nil, nil).status == 404)
        }
    }

    @Test func generatedValidatorInTheMiddleware() async throws {
        var validator = try RequestValidator(specAt: Self.specPath)
        try validator.useGeneratedValidator(CreateCustomerRequest.self, forRequestBodyOf: "createCustomer")
        try await withServer(validator: validator) { send in
            #expect(try await send("POST", "/api/v1/customers", "application/json", Self.validCustomer).status == 201)
            let rejected = try await send("POST", "/api/v1/customers", "application/json", Self.invalidCustomer)
            #expect(rejected.status == 400)
            #expect(try rejected.problem().issues.contains { $0.pointer == "/body/nationality" })
        }
    }

    /// Runs a server on 127.0.0.1 with a free port, calls `body` with a function that sends one request to
    /// it, and stops the server and the client afterwards, whether `body` succeeded or not.
    private func withServer(
        validator: RequestValidator,
        _ body: (_ send: (String, String, String?, String?) async throws -> Answer) async throws -> Void
    ) async throws {
        let router = Router()
        router.add(middleware: RequestValidationMiddleware(validator: validator))
        router.post("/api/v1/customers") { request, _ -> Response in
            let received = try await request.body.collect(upTo: 1 << 20)
            return Response(status: .created, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: received))
        }
        router.get("/api/v1/customers") { _, _ in "[]" }
        router.get("/api/v1/customers/{customerId}") { _, _ in "{}" }
        router.get("/health") { _, _ in "ok" }
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { portContinuation.yield($0.localAddress?.port ?? 0) })
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await app.runService(gracefulShutdownSignals: []) }
                guard let port = await ports.first(where: { _ in true }), port > 0 else {
                    throw ServerDidNotStart()
                }
                try await body { method, target, contentType, text in
                    var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(target)")
                    request.method = .init(rawValue: method)
                    if let contentType { request.headers.add(name: "Content-Type", value: contentType) }
                    if let text { request.body = .bytes(ByteBuffer(string: text)) }
                    let response = try await client.execute(request, timeout: .seconds(30))
                    let bytes = try await response.body.collect(upTo: 1 << 20)
                    return Answer(
                        status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
                        body: Data(bytes.readableBytesView))
                }
                group.cancelAll()
            }
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
    }

    struct ServerDidNotStart: Error {}
}
