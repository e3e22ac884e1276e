import SpecwrightModel
import SpecwrightReports

/// Array schemas say what their items are.
struct ArrayItemsDefined: SchemaRule {
    static let description = RuleDescription.rule(
        "array-items", .warning, "Array schemas have `items`",
        why: "An array without `items` accepts anything as elements; generated code can only type them as JSONValue. OpenAPI 3.0 even requires `items`.",
        fix: "Add `items` with the elements' schema (`items: {}` if they really are anything)."
    )
    static let counterparts = Counterparts(spectral: ["array-items"])

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard schema.reference == nil && schema.nonNullTypes == [.array] else { return }
        guard schema.items == nil, schema.prefixItems.isEmpty, schema.allOf.isEmpty, schema.oneOf.isEmpty, schema.anyOf.isEmpty else { return }
        findings.report("array schema has no `items`", at: context.location(of: schema, keyword: "type"))
    }
}
