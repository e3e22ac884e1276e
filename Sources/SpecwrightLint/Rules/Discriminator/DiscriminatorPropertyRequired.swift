import SpecwrightModel
import SpecwrightReports

/// The discriminator's property is declared and required by every schema it can select.
struct DiscriminatorPropertyRequired: SchemaRule {
    static let description = RuleDescription.rule(
        "discriminator-property-required", .error, "Every variant declares and requires the discriminator property",
        why: "The discriminator tells variants apart by that property; a variant that does not declare it, or lets it be absent, cannot be selected, and decoding it fails.",
        fix: "Declare the property in each variant (or in a shared `allOf` base) and list it in `required`."
    )
    static let counterparts = Counterparts(spectral: ["oas2-discriminator"])

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let discriminator = schema.discriminator, let property = discriminator.propertyName else { return }
        var variants: [(identity: String, name: String)] = discriminator.mapping.map { ($1, Self.name(of: $1)) }
        for member in schema.oneOf + schema.anyOf {
            if let reference = member.reference, !variants.contains(where: { $0.identity == reference }) {
                variants.append((reference, Self.name(of: reference)))
            }
        }
        // A discriminator on a base schema of `allOf` children: the base itself must declare the property.
        if variants.isEmpty { variants = [(schema.identity, "the schema")] }
        for variant in variants {
            guard let target = context.schema(identity: variant.identity) else { continue }
            let declared = context.propertyNames(of: target).union(schema.properties.keys)
            let required = context.requiredNames(of: target).union(schema.required)
            if !declared.contains(property) {
                findings.report("discriminator property `\(property)` is not declared by \(variant.name)", at: context.location(of: schema, keyword: "discriminator"))
            } else if !required.contains(property) {
                findings.report("discriminator property `\(property)` is not required by \(variant.name)", at: context.location(of: schema, keyword: "discriminator"))
            }
        }
    }

    /// `Cat` for `…#/components/schemas/Cat`.
    static func name(of identity: String) -> String {
        let pointer = LintContext.pointer(ofIdentity: identity)
        return "`" + (pointer.split(separator: "/").last.map(String.init) ?? identity) + "`"
    }
}
