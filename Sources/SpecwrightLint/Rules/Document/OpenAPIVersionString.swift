import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct OpenAPIVersionString: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.openAPIVersionString
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "`openapi` is a string",
        why: "YAML reads `openapi: 3.0` as a number; tools that compare the version as text then fail or misread it.",
        fix: "Quote the version: `openapi: \"3.0.3\"`."
    )
}
