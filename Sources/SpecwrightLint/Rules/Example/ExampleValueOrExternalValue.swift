import SpecwrightReader
import SpecwrightReports

/// An Example Object has `value` or `externalValue`, not both.
struct ExampleValueOrExternalValue: LintRule {
    static let description = RuleDescription.rule(
        "example-value-or-external-value", .error, "Examples have `value` or `externalValue`, not both",
        why: "OpenAPI makes the two mutually exclusive; with both, tools disagree on which is the example.",
        fix: "Keep one of `value` and `externalValue`."
    )
    static let counterparts = Counterparts(spectral: ["oas3-examples-value-or-externalValue"], redocly: ["no-example-value-and-externalValue"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for example in ExampleObjects.every(in: context) where example["value"] != nil && example["externalValue"] != nil {
            findings.report("example has both `value` and `externalValue`", at: context.location(of: example))
        }
    }
}
