import SpecwrightModel
import SpecwrightReports

/// Each discriminator mapping target is one of the `oneOf`/`anyOf` variants.
struct DiscriminatorMappingMember: SchemaRule {
    static let description = RuleDescription.rule(
        "discriminator-mapping-member", .error, "Discriminator mappings point at the schema's variants",
        why: "A mapping to a schema that is not among the `oneOf`/`anyOf` variants selects a type the payload cannot be; tools disagree on what it means. (A mapping to a schema that does not exist is a read error.)",
        fix: "Map the value to one of the variants, or add the schema to `oneOf`."
    )

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let discriminator = schema.discriminator else { return }
        let members = Set((schema.oneOf + schema.anyOf).compactMap(\.reference))
        guard !members.isEmpty else { return }
        for (value, target) in discriminator.mapping where !members.contains(target) {
            let mapping = context.node(identity: schema.identity)?["discriminator"]?["mapping"]
            let location = mapping.map { context.location(ofKey: value, in: $0) } ?? context.location(of: schema, keyword: "discriminator")
            findings.report("discriminator value `\(value)` maps to \(DiscriminatorPropertyRequired.name(of: target)), which is not one of the variants", at: location)
        }
    }
}
