import Foundation
import SpecwrightValidation
import Testing

@testable import SpecwrightServerValidation

@Suite struct ProblemDetailsTests {
    @Test func badRequestListsEveryIssue() throws {
        let problem = ProblemDetails.badRequest([
            ValidationIssue(instanceLocation: "/query/limit", schemaLocation: "/maximum", code: "maximum", message: "500 is more than 100"),
            ValidationIssue(
                instanceLocation: "/body/iban", schemaLocation: "/format", code: "format", message: "bad check digits",
                detail: "iban.checkDigits"),
        ], instance: "/payments")
        let json = try JSONValue(parsing: problem.jsonData())
        #expect(json["type"] == "about:blank")
        #expect(json["title"] == "Bad Request")
        #expect(json["status"] == 400)
        #expect(json["detail"] == "The request has 2 issues.")
        #expect(json["instance"] == "/payments")
        #expect(json["issues"] == [
            ["pointer": "/query/limit", "code": "maximum", "message": "500 is more than 100"],
            ["pointer": "/body/iban", "code": "iban.checkDigits", "message": "bad check digits"],
        ])
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: problem.jsonData()) == problem)
    }

    @Test func oneIssueIsSingular() {
        let issue = ValidationIssue(instanceLocation: "/body", schemaLocation: "", code: "required", message: "the request body is required")
        #expect(ProblemDetails.badRequest([issue]).detail == "The request has 1 issue.")
    }
}
