import SpecwrightReader
import SpecwrightReports

/// A warning the model raises while typing a `oneOf` without a discriminator, reported under its rule ID.
struct OneOfAlternativesDistinct: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.unionAlternativesDistinct
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "`oneOf` alternatives can be told apart",
        why: "Without a discriminator, a payload's JSON type, required members, `additionalProperties: false` and members with a `const` or one-value `enum` show which alternative it is. When none of these separates two alternatives, a payload can be valid against both (and so against no `oneOf`), and clients cannot know which one was meant; generated code keeps such a payload whole rather than guess.",
        fix: "Add a `discriminator`, a member whose `const` differs between the alternatives, required members that tell them apart, or `additionalProperties: false`; or use `anyOf` if a payload may be both."
    )
}
