import Testing

import SpecwrightValidation

@Suite struct RequiredIfTests {
    static let message = "sanctionsScreeningCompletedAt is required if sanctionsScreeningCompleted is YES."

    private func check(_ members: [String: JSONValue], equals expected: JSONValue = "YES") -> [ValidationIssue] {
        var context = JSONValidationContext()
        var valid = true
        context.within("customer") { context in
            valid = RequiredIf.check(
                "sanctionsScreeningCompletedAt", when: "sanctionsScreeningCompleted", equals: expected, in: members, &context,
                at: "#/allOf/0/then/required", message: Self.message)
        }
        #expect(valid == context.issues.isEmpty)
        return context.issues
    }

    @Test func requiredWhenTheConditionHasTheValue() throws {
        let issue = try #require(check(["sanctionsScreeningCompleted": "YES"]).first)
        // The code a JSON Schema validator reports for the `then` branch's `required`.
        #expect(issue.code == "required")
        #expect(issue.instanceLocation == "/customer")
        #expect(issue.schemaLocation == "#/allOf/0/then/required")
        #expect(issue.message == Self.message)
    }

    @Test func noIssueWhenPresentOrWhenTheConditionDoesNotHold() {
        #expect(check(["sanctionsScreeningCompleted": "YES", "sanctionsScreeningCompletedAt": "2024-09-10T22:26:49Z"]).isEmpty)
        #expect(check(["sanctionsScreeningCompleted": "NO"]).isEmpty)
        #expect(check([:]).isEmpty)
    }

    @Test func comparesAsJSON() {
        #expect(check(["sanctionsScreeningCompleted": 1], equals: .number(JSONNumber("1.0")!)).count == 1)
        #expect(check(["sanctionsScreeningCompleted": "1"], equals: 1).isEmpty)
    }

    @Test func oneOfSeveralValues() {
        var context = JSONValidationContext()
        let residencies: Set<JSONValue> = ["US", "CA"]
        #expect(!RequiredIf.check("taxId", when: "residency", isOneOf: residencies, in: ["residency": "CA"], &context, at: "", message: "taxId"))
        #expect(RequiredIf.check("taxId", when: "residency", isOneOf: residencies, in: ["residency": "DE"], &context, at: "", message: "taxId"))
        #expect(context.issues.map(\.instanceLocation) == [""])
    }
}

@Suite struct DependentRequiredTests {
    @Test func oneIssuePerMissingDependency() {
        var context = JSONValidationContext()
        let members: [String: JSONValue] = ["iban": "DE89370400440532013000", "bic": "COBADEFFXXX"]
        context.within("payout") { context in
            for dependency in ["accountHolderName", "bic", "bankName"] {
                _ = DependentRequired.check("iban", requires: dependency, in: members, &context, at: "#/dependentRequired/iban")
            }
        }
        #expect(context.issues.map(\.message) == [
            "accountHolderName is required when iban is present",
            "bankName is required when iban is present",
        ])
        #expect(context.issues.allSatisfy { $0.code == "dependentRequired" && $0.instanceLocation == "/payout" })
    }

    @Test func nothingWhenTheFieldIsAbsent() {
        var context = JSONValidationContext()
        #expect(DependentRequired.check("iban", requires: "bic", in: [:], &context, at: ""))
        #expect(context.issues.isEmpty)
    }
}
