import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct PathParameterDeclared: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.pathParameterDeclared
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .error, "Every path template parameter is declared",
        why: "A `{name}` in the path without a parameter `in: path` leaves its type undocumented; it is assumed a required string.",
        fix: "Declare the parameter with `in: path`, `required: true` and a schema."
    )
    static let counterparts = Counterparts(spectral: ["path-params"], redocly: ["path-parameters-defined", "path-params-defined"])
}
