import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

@Suite struct ReceivedResponseTests {
    func response(_ fields: HTTPFields, body: String = "") -> ReceivedResponse {
        ReceivedResponse(operationID: "op", response: HTTPResponse(status: .ok, headerFields: fields), body: Data(body.utf8))
    }

    @Test func typedHeaders() throws {
        let fields: HTTPFields = [
            HTTPField.Name("X-Rate-Limit")!: "100",
            HTTPField.Name("X-Request-ID")!: "123e4567-e89b-12d3-a456-426614174000",
            HTTPField.Name("X-Flags")!: "a, b",
            HTTPField.Name("X-Numeric-Name")!: "007",
            HTTPField.Name("X-Expires")!: "2024-08-01T18:44:05Z",
        ]
        let received = response(fields)
        #expect(try received.header("X-Rate-Limit", as: Int.self) == 100)
        #expect(try received.header("X-Request-ID", as: UUID.self) == UUID(uuidString: "123e4567-e89b-12d3-a456-426614174000"))
        #expect(try received.header("X-Flags", as: [String].self) == ["a", "b"])
        #expect(try received.header("X-Numeric-Name", as: String.self) == "007")
        #expect(try received.header("X-Expires", as: Date.self) == Date(timeIntervalSince1970: 1_722_537_845))
        #expect(try received.header("X-Missing", as: Int.self) == nil)
        #expect(throws: ResponseDecodingError.self) { try received.header("X-Flags", as: Int.self) }
        #expect(throws: ResponseDecodingError.self) { try received.requiredHeader("X-Missing", as: Int.self) }
    }

    @Test func contentTypeMatching() {
        let json = response([.contentType: "application/problem+json"], body: "{}")
        #expect(json.hasContent("application/problem+json", onlyDocumented: false))
        #expect(!json.hasContent("application/json", onlyDocumented: true))
        let untyped = response([:], body: "{}")
        #expect(untyped.hasContent("application/json", onlyDocumented: true))
        #expect(!untyped.hasContent("application/json", onlyDocumented: false))
    }
}
