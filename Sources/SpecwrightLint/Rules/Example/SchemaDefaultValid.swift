import SpecwrightReports

/// Every schema `default` validates against its schema, formats asserted.
struct SchemaDefaultValid: LintRule {
    static let description = RuleDescription.rule(
        "schema-default-valid", .error, "Defaults validate against their schema, formats included",
        why: "A default is the value a server assumes when a client sends none; one its schema rejects makes the omitted field invalid.",
        fix: "Correct the default so that it satisfies the schema."
    )
    static let counterparts = Counterparts(spectral: ["oas3-valid-schema-example"], redocly: ["no-invalid-schema-examples"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        context.exampleResults.report(.schemaDefault, in: context, into: &findings)
    }
}
