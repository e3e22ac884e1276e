import SpecwrightReports

/// Every schema `example` and `examples` entry validates against its schema, formats asserted.
struct SchemaExampleValid: LintRule {
    static let description = RuleDescription.rule(
        "schema-example-valid", .error, "Schema examples validate against their schema, formats included",
        why: "Examples end up in documentation, mocks and tests; one that breaks its own schema (an IBAN with a wrong check digit, a country that is not ISO 3166, a date that does not exist) teaches clients to send invalid data.",
        fix: "Correct the example, or the schema if the example shows what the API really accepts."
    )
    static let counterparts = Counterparts(spectral: ["oas3-valid-schema-example"], redocly: ["no-invalid-schema-examples"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        context.exampleResults.report(.schemaExample, in: context, into: &findings)
    }
}
