import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct UnusedReferenceBroken: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.unusedReferenceBroken
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "`$ref`s in unused parts resolve",
        why: "A broken `$ref` in a part of the spec nothing uses is ignored today, and becomes an error the day that part is used.",
        fix: "Fix the reference or delete the unused part."
    )
}
