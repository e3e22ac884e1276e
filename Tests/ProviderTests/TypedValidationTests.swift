import Aquanow
import Foundation
import SpecwrightValidation
import Testing

/// `validate()` on values built in code: the same rules, codes and pointers as for payloads.
struct TypedValidationTests {
    static func request(sanctionsScreeningCompletedAt: Date? = nil, nationality: String = "CA") -> CreateCustomerRequest {
        CreateCustomerRequest(
            referenceId: "crm-000451", fullName: "Jane Tremblay", nationality: nationality, placeOfBirth: "Montreal, Canada",
            dateOfBirth: CalendarDate(year: 1987, month: 3, day: 14)!, sanctionsScreeningCompleted: .yes,
            sanctionsScreeningCompletedAt: sanctionsScreeningCompletedAt, pepScreeningCompleted: .no, livenessCheckCompleted: .no)
    }

    @Test func aValidValuePasses() throws {
        try Self.request(sanctionsScreeningCompletedAt: Date(timeIntervalSince1970: 1_726_007_209)).validate()
    }

    @Test func aConditionalRuleIsOneRequiredIssueWithItsSentence() throws {
        let issues = Self.request().validationIssues()
        #expect(issues.map(\.code) == ["required"])
        #expect(issues.first?.instanceLocation == "")
        #expect(issues.first?.message == "sanctionsScreeningCompletedAt is required if sanctionsScreeningCompleted is YES.")
        #expect(throws: ValidationError.self) { try Self.request().validate() }
    }

    @Test func formatsAreCheckedOnValuesToo() {
        let issues = Self.request(sanctionsScreeningCompletedAt: Date(), nationality: "Atlantis").validationIssues()
        #expect(issues.map(\.code) == ["format"])
        #expect(issues.first?.instanceLocation == "/nationality")
    }

    @Test func anUndocumentedEnumValueDecodesButIsAnEnumIssue() throws {
        let value = try YesNo.validated(from: JSONValue.string("YES"))
        #expect(value == .yes)
        #expect(throws: ValidationError.self) { try YesNo.validated(from: JSONValue.string("MAYBE")) }
        #expect(YesNo(rawValue: "MAYBE").validationIssues().map(\.code) == ["enum"])
        #expect(YesNo.undocumented("YES").validationIssues().isEmpty)
    }

    @Test func anUndocumentedEnumFieldIsAnEnumIssueAtTheField() throws {
        var value = Self.request(sanctionsScreeningCompletedAt: Date(timeIntervalSince1970: 1_726_007_209))
        value.pepScreeningCompleted = .undocumented("MAYBE")
        let issues = value.validationIssues()
        #expect(issues.map(\.code) == ["enum"])
        #expect(issues.first?.instanceLocation == "/pepScreeningCompleted")
        #expect(issues.first?.schemaLocation == "#/components/schemas/YesNo/enum")
        let json = try JSONValueEncoder().encode(value)
        #expect(CreateCustomerRequest.validationIssues(of: json).map { [$0.instanceLocation, $0.code.rawValue] } == issues.map { [$0.instanceLocation, $0.code.rawValue] })
    }

    @Test func wrongTypesAndMissingMembersAreIssuesNotDecodingErrors() {
        do {
            _ = try CreateCustomerRequest.validated(from: Data(#"{"referenceId": 7, "fullName": "Jane"}"#.utf8))
            Issue.record("accepted")
        } catch let error as ValidationError {
            #expect(error.issues.contains { $0.code == "type" && $0.instanceLocation == "/referenceId" })
            #expect(error.issues.contains { $0.code == "required" && $0.instanceLocation == "" })
        } catch {
            Issue.record("not a ValidationError: \(error)")
        }
    }
}
