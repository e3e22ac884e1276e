import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct StringEnumValueQuoted: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.stringEnumValueUnquoted
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "String enum values are strings",
        why: "YAML reads an unquoted `1`, `true` or `2.5` as a number or boolean; in a string enum the author meant the text.",
        fix: "Quote the value: `- \"1\"`."
    )
    static let counterparts = Counterparts(spectral: ["typed-enum"], redocly: ["no-enum-type-mismatch"])
}
