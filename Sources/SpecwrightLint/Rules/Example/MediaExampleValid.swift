import SpecwrightReports

/// Every media type, parameter and header example validates against its schema, formats asserted.
struct MediaExampleValid: LintRule {
    static let description = RuleDescription.rule(
        "media-example-valid", .error, "Request, response and parameter examples validate against their schema",
        why: "These examples are what clients copy first; one the schema rejects (a wrong IBAN check digit, a missing required field, a non-existent date) is a bug report waiting to happen.",
        fix: "Correct the example, or the schema if the example shows what the API really sends."
    )
    static let counterparts = Counterparts(spectral: ["oas3-valid-media-example"],
                                           redocly: ["no-invalid-media-type-examples", "no-invalid-parameter-examples"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        context.exampleResults.report(.mediaExample, in: context, into: &findings)
    }
}
