import SpecwrightReader
import SpecwrightReports

/// A warning the model raises while reading, reported under its rule ID.
struct SchemaKeywordNumber: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.schemaKeywordNumber
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "Numeric schema keywords hold numbers",
        why: "A bound or count written as prose (`minimum: \"now + 7 days\"`, `maximum: \"P7D\"`) is not JSON Schema: no validator can check it, so it is ignored.",
        fix: "Write a number, or move the rule into the `description` (or an `x-` extension) where it is documentation."
    )
}
