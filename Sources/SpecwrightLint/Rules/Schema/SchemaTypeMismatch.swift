import SpecwrightModel
import SpecwrightReports

/// Keywords of one type are not written on a schema of another (`items` on an object, `properties` on an array).
struct SchemaTypeMismatch: SchemaRule {
    static let description = RuleDescription.rule(
        "no-schema-type-mismatch", .error, "Keywords match the schema's type",
        why: "`items` on `type: object` or `properties` on `type: array` never apply; the author meant another type, or nested the keyword in the wrong place.",
        fix: "Fix the `type`, or move the keyword to the schema it belongs to."
    )
    static let counterparts = Counterparts(redocly: ["no-schema-type-mismatch"])

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let types = schema.nonNullTypes, types.count == 1, let type = types.first else { return }
        if type == .object, schema.items != nil {
            findings.report("`items` on a schema of type object never applies", at: context.location(of: schema, keyword: "items"))
        }
        if type == .array, !schema.properties.isEmpty {
            findings.report("`properties` on a schema of type array never applies", at: context.location(of: schema, keyword: "properties"))
        }
    }
}
