import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct SchemaRequiredFlag: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.schemaRequiredFlag
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "No `required: true` inside a property schema",
        why: "`required: true` on a property is Swagger 2 style and has no meaning in a schema; the property stays optional.",
        fix: "List the property in the parent object's `required` array."
    )
}
