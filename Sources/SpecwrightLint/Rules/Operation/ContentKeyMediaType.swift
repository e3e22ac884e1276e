import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct ContentKeyMediaType: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.contentKeyMediaType
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "`content` keys are media types",
        why: "A key of `content` that is not a media type (a `schema` written directly under `content`) is ignored.",
        fix: "Put the schema under a media type: `content: {application/json: {schema: ...}}`."
    )
}
