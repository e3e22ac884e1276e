import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct ReferenceCycleWithoutContainer: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.referenceCycleWithoutContainer
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "No `$ref` cycle without an object or array in between",
        why: "A schema that is itself through `$ref`s only (`A: {$ref: B}`, `B: {allOf: [{$ref: A}]}`) describes no finite value; it is typed as JSONValue.",
        fix: "Break the cycle, or put the recursion under a property or `items`."
    )
}
