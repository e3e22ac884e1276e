import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct PathParameterRequired: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.pathParameterRequired
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .error, "Path parameters are required",
        why: "A path parameter is always present, so OpenAPI requires `required: true`.",
        fix: "Add `required: true` to the parameter."
    )
    static let counterparts = Counterparts(spectral: ["path-params"], redocly: ["path-parameters-defined"])
}
