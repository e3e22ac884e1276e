import SpecwrightModel
import SpecwrightReports

/// A schema that forbids additional properties does not require one it does not declare.
struct RequiredPropertyAllowed: SchemaRule {
    static let description = RuleDescription.rule(
        "required-property-allowed", .error, "Required properties are allowed by `additionalProperties: false`",
        why: "With `additionalProperties: false`, only the schema's own `properties` (and `patternProperties`) may appear; requiring any other name makes every object invalid. Properties of `allOf` siblings do not count, a classic trap.",
        fix: "Declare the property in the same schema's `properties`, or use `unevaluatedProperties: false` (3.1) with `allOf`."
    )
    static let counterparts = Counterparts(redocly: ["no-required-schema-properties-undefined"])

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard schema.additionalProperties?.booleanValue == false else { return }
        for name in schema.required where schema.properties[name] == nil {
            let matchesPattern = schema.patternProperties.keys.contains { pattern in
                (try? context.regex(pattern).get())?.matches(name) ?? true
            }
            guard !matchesPattern else { continue }
            findings.report("`\(name)` is required but `additionalProperties: false` forbids it (it is not in this schema's `properties`)",
                            at: context.location(of: schema, keyword: "required"))
        }
    }
}
