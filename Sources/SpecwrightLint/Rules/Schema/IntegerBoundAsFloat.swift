import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct IntegerBoundAsFloat: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.integerBoundAsFloat
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "Integer bounds are written as integers",
        why: "A bound such as `9.223372036854776e+18` is not exactly representable; it was read as the nearest 64-bit integer.",
        fix: "Write the bound as an integer literal (`9223372036854775807`)."
    )
}
