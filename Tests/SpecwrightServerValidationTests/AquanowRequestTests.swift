import Aquanow
import Foundation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

@testable import SpecwrightServerValidation

/// The create-customer call of a real provider spec, through the dynamic validator and the generated one.
@Suite struct AquanowRequestTests {
    static let specPath = TestPaths.repositoryRoot.appendingPathComponent("specs/aquanow.yaml").path

    static let validCustomer = #"""
        {"referenceId": "c-1", "fullName": "John Doe", "nationality": "Canada", "placeOfBirth": "Toronto, Canada",
         "dateOfBirth": "1990-05-17", "sanctionsScreeningCompleted": "NO", "pepScreeningCompleted": "NO",
         "livenessCheckCompleted": "YES", "livenessCheckCompletedAt": "2024-09-10T22:26:49.739Z"}
        """#
    static let invalidCustomer = #"""
        {"referenceId": "", "fullName": "John Doe", "nationality": "Atlantis", "placeOfBirth": "Toronto",
         "dateOfBirth": "1990-02-30", "sanctionsScreeningCompleted": "YES", "pepScreeningCompleted": "NO",
         "livenessCheckCompleted": "NO", "address": {"country": "Canada", "addressType": "RESIDENTIAL"}}
        """#

    private func request(_ body: String) -> IncomingRequest {
        IncomingRequest(
            method: "POST", target: "/api/v1/customers", headers: [("Content-Type", "application/json"), ("Authorization", "Bearer t")],
            body: Data(body.utf8))
    }

    @Test func createCustomerThroughTheServersBasePath() throws {
        let validator = try RequestValidator(specAt: Self.specPath)
        guard case .valid(let operation) = validator.validate(request(Self.validCustomer)) else {
            Issue.record("expected valid"); return
        }
        #expect(operation.operationID == "createCustomer")
        let issues = validator.validate(request(Self.invalidCustomer)).issues
        #expect(Set(issues.map { "\($0.instanceLocation) \($0.code)" }).isSuperset(of: [
            "/body/referenceId minLength", "/body/nationality format", "/body/dateOfBirth format", "/body required",
        ]))
        #expect(issues.contains { $0.code == "required" && $0.message.contains("sanctionsScreeningCompletedAt") })
    }

    @Test func generatedValidatorReportsWhatTheDynamicOneReports() throws {
        let dynamic = try RequestValidator(specAt: Self.specPath)
        var generated = dynamic
        try generated.useGeneratedValidator(CreateCustomerRequest.self, forRequestBodyOf: "createCustomer")
        let expected = dynamic.validate(request(Self.invalidCustomer)).issues
        #expect(!expected.isEmpty)
        #expect(Set(generated.validate(request(Self.invalidCustomer)).issues.map { "\($0.instanceLocation) \($0.code)" })
            == Set(expected.map { "\($0.instanceLocation) \($0.code)" }))
        guard case .valid = generated.validate(request(Self.validCustomer)) else { Issue.record("expected valid"); return }
    }

    @Test func generatedValidatorForAnUnknownOperationOrMediaType() throws {
        var validator = try RequestValidator(specAt: Self.specPath)
        #expect(throws: RequestValidatorError.self) {
            try validator.useGeneratedValidator(CreateCustomerRequest.self, forRequestBodyOf: "createPayment")
        }
        #expect {
            try validator.useGeneratedValidator(CreateCustomerRequest.self, forRequestBodyOf: "createCustomer", mediaType: "text/csv")
        } throws: { "\($0)".contains("it has: application/json") }
    }

    @Test func anUnreadableSpecNamesTheFile() {
        #expect {
            try RequestValidator(specAt: "/nonexistent/openapi.yaml")
        } throws: { "\($0)".contains("/nonexistent/openapi.yaml") }
    }
}
