import SpecwrightReader
import SpecwrightReports

/// A warning the reader or the model raises while reading, reported under its rule ID.
struct ReferenceSiblingsIgnored: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.referenceSiblingsIgnored
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "No keys beside a `$ref` where OpenAPI ignores them",
        why: "In OpenAPI 3.0 (and for parameters, responses and bodies in 3.1) the keys beside a `$ref` are ignored: a `description`, `nullable` or constraint written there has no effect.",
        fix: "Move the keys into the referenced object, or wrap the reference: `allOf: [{$ref: ...}]` with the keys beside `allOf`."
    )
    static let counterparts = Counterparts(spectral: ["no-$ref-siblings"], redocly: ["spec-ref-siblings"])
}
