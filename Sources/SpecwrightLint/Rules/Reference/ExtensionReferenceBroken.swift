import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct ExtensionReferenceBroken: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.extensionReferenceBroken
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "`$ref`s inside vendor extensions resolve",
        why: "A `$ref` under an `x-` key that does not resolve is ignored; whatever tool reads that extension will fail on it.",
        fix: "Fix the reference, or remove it from the extension."
    )
}
