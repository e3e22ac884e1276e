import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

@Suite struct RequestBuilderTests {
    @Test func everyLocationInOneRequest() throws {
        var builder = RequestBuilder(method: .get, pathTemplate: "/customers/{customerId}/documents/{kind}")
        try builder.path("customerId", UUID(uuidString: "123E4567-E89B-12D3-A456-426614174000")!)
        try builder.path("kind", ["passport", "id"], style: .label)
        try builder.query("limit", 10)
        try builder.query("after", String?.none)
        try builder.query("status", ["ACTIVE", "INACTIVE"], explode: false)
        try builder.header("Requestor-ID", "r-1")
        try builder.cookie("session", "abc")
        try builder.cookie("theme", "dark")
        builder.accept(["application/json", "application/problem+json"])
        let built = try builder.build()

        #expect(built.request.method == .get)
        #expect(built.request.path == "/customers/123e4567-e89b-12d3-a456-426614174000/documents/.passport,id?limit=10&status=ACTIVE,INACTIVE")
        #expect(built.request.headerFields[HTTPField.Name("Requestor-ID")!] == "r-1")
        #expect(built.request.headerFields[.cookie] == "session=abc; theme=dark")
        #expect(built.request.headerFields[.accept] == "application/json, application/problem+json")
        #expect(built.body == nil)
    }

    @Test func aPathParameterWithoutValueIsAnError() {
        let builder = RequestBuilder(method: .get, pathTemplate: "/customers/{customerId}")
        #expect(throws: ParameterSerializationError(parameter: "customerId", reason: .missingPathParameter)) {
            try builder.build()
        }
    }

    @Test func jsonBodySetsTheContentType() throws {
        struct Update: Encodable { var customerPreTradeRiskGroup = "LOW" }
        var builder = RequestBuilder(method: .patch, pathTemplate: "/v1/customers/{id}")
        try builder.path("id", "c1")
        try builder.jsonBody(Update())
        let built = try builder.build()
        #expect(built.request.headerFields[.contentType] == "application/json")
        #expect(built.body == Data(#"{"customerPreTradeRiskGroup":"LOW"}"#.utf8))
    }

    @Test func urlRequestKeepsTheServerPath() throws {
        var builder = RequestBuilder(method: .post, pathTemplate: "/v1/customers")
        try builder.jsonBody(["a": 1])
        try builder.query("dry run", true)
        let request = try builder.build().urlRequest(baseURL: URL(string: "https://cams.aquanow.com/api/")!)
        #expect(request.url?.absoluteString == "https://cams.aquanow.com/api/v1/customers?dry%20run=true")
        #expect(request.httpMethod == "POST")
        #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/json")
        #expect(request.httpBody == Data(#"{"a":1}"#.utf8))
    }
}
