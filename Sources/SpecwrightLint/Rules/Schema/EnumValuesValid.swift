import SpecwrightModel
import SpecwrightReports

/// Every `enum` value satisfies the schema's own type, length, pattern and format.
struct EnumValuesValid: SchemaRule {
    static let description = RuleDescription.rule(
        "enum-values-valid", .error, "Enum values satisfy the schema's type, length, pattern and format",
        why: "An enum value that breaks its own schema can never be sent or received: the schema is partly unsatisfiable, and the generated enum has a case no payload can hold.",
        fix: "Correct the value, or the constraint it breaks."
    )
    static let counterparts = Counterparts(spectral: ["typed-enum"], redocly: ["no-enum-type-mismatch"])

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        for value in schema.enumValues ?? [] {
            // Unquoted scalars in a string enum are `string-enum-value-quoted`'s finding.
            if schema.nonNullTypes == [.string], value.string == nil, value.scalarText != nil, !value.isNull { continue }
            guard let problem = SchemaValueCheck.problem(with: value, in: schema, context: context) else { continue }
            findings.report("enum value \(value.scalarText.map { "`\($0)`" } ?? "") \(problem)", at: context.location(of: value))
        }
    }
}
