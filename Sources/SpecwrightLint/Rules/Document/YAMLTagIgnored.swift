import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct YAMLTagIgnored: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.yamlTagIgnored
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "No custom YAML tags",
        why: "Tags such as `!Ref` belong to other tools (CloudFormation); OpenAPI has no meaning for them, so the value is read untagged.",
        fix: "Remove the tag, or resolve it before publishing the spec."
    )
}
