import Testing

import SpecwrightValidation

@Suite struct RequiredIfTests {
    enum Answer: String { case yes = "YES", no = "NO" }

    @Test func requiredWhenTheConditionHasTheValue() throws {
        let issue = try #require(
            RequiredIf.check(
                field: "sanctionsScreeningCompletedAt", isPresent: false,
                when: "sanctionsScreeningCompleted", equals: "YES", actual: Answer.yes.rawValue,
                at: "/customer", schemaLocation: "/properties/customer/then/required"))
        #expect(issue.code == "requiredIf")
        #expect(issue.instanceLocation == "/customer")
        #expect(issue.schemaLocation == "/properties/customer/then/required")
        #expect(issue.message == "sanctionsScreeningCompletedAt is required when sanctionsScreeningCompleted is YES")
    }

    @Test func noIssueWhenPresentOrWhenTheConditionDoesNotHold() {
        #expect(RequiredIf.check(field: "at", isPresent: true, when: "done", equals: "YES", actual: "YES", at: "") == nil)
        #expect(RequiredIf.check(field: "at", isPresent: false, when: "done", equals: "YES", actual: "NO", at: "") == nil)
        #expect(RequiredIf.check(field: "at", isPresent: false, when: "done", equals: "YES", actual: nil, at: "") == nil)
    }

    @Test func worksForAnyEquatableValue() {
        #expect(RequiredIf.check(field: "pepDetails", isPresent: false, when: "isPep", equals: true, actual: true, at: "")?.message
            == "pepDetails is required when isPep is true")
        #expect(RequiredIf.check(field: "guardian", isPresent: false, when: "age", equals: 17, actual: 18, at: "") == nil)
    }

    @Test func oneOfSeveralValues() {
        let issue = RequiredIf.check(
            field: "taxId", isPresent: false, when: "residency", isOneOf: ["US", "CA"], actual: "CA", at: "/0")
        #expect(issue?.message == "taxId is required when residency is CA")
        #expect(issue?.instanceLocation == "/0")
        #expect(RequiredIf.check(field: "taxId", isPresent: false, when: "residency", isOneOf: ["US", "CA"], actual: "DE", at: "") == nil)
        #expect(RequiredIf.check(field: "taxId", isPresent: true, when: "residency", isOneOf: ["US"], actual: "US", at: "") == nil)
        #expect(RequiredIf.check(field: "taxId", isPresent: false, when: "residency", isOneOf: ["US"], actual: nil as String?, at: "") == nil)
    }
}

@Suite struct DependentRequiredTests {
    @Test func oneIssuePerMissingDependency() {
        let issues = DependentRequired.check(
            field: "iban", isPresent: true,
            requires: [("accountHolderName", false), ("bic", true), ("bankName", false)],
            at: "/payout", schemaLocation: "/dependentRequired/iban")
        #expect(issues.map(\.message) == [
            "accountHolderName is required when iban is present",
            "bankName is required when iban is present",
        ])
        #expect(issues.allSatisfy { $0.code == "dependentRequired" && $0.instanceLocation == "/payout" })
        #expect(issues.first?.schemaLocation == "/dependentRequired/iban")
    }

    @Test func nothingWhenTheFieldIsAbsentOrAllArePresent() {
        #expect(DependentRequired.check(field: "iban", isPresent: false, requires: [("bic", false)], at: "").isEmpty)
        #expect(DependentRequired.check(field: "iban", isPresent: true, requires: [("bic", true)], at: "").isEmpty)
    }
}
