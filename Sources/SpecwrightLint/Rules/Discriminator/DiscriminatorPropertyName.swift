import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct DiscriminatorPropertyName: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.discriminatorPropertyName
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "A discriminator names its property",
        why: "A discriminator without `propertyName` selects nothing; the variants are told apart by trying each in turn.",
        fix: "Add `propertyName` naming the property whose value selects the variant."
    )
    static let counterparts = Counterparts(spectral: ["oas2-discriminator"])
}
