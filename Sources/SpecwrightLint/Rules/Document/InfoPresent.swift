import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct InfoPresent: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.infoPresent
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "The document has an `info` object",
        why: "OpenAPI requires `info` with `title` and `version`; generated code and documentation take their headers from it.",
        fix: "Add `info: {title: ..., version: ...}`."
    )
}
