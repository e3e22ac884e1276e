import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct RequiredPropertyDefined: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.requiredPropertyUndefined
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "`required` names declared properties",
        why: "A required name that no property declares gets no typed member; it is checked by validation only, which usually means a typo.",
        fix: "Declare the property under `properties`, or fix the name in `required`."
    )
    static let counterparts = Counterparts(redocly: ["no-required-schema-properties-undefined"])
}
