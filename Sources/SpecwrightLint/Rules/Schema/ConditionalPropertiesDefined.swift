import SpecwrightModel
import SpecwrightReports

/// `if`/`then`/`else` and `dependentRequired` name properties the schema declares.
struct ConditionalPropertiesDefined: SchemaRule {
    static let description = RuleDescription.rule(
        "conditional-properties-defined", .warning, "Conditional rules name declared properties",
        why: "A condition on a property the object does not declare (`if: {properties: {tpye: ...}}`, `dependentRequired: {iban: [bic]}` without `bic`) is almost always a typo: the rule never fires, or requires a field no one can send.",
        fix: "Fix the property name, or declare the property."
    )

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard !schema.dependentRequired.isEmpty || schema.ifSchema != nil || schema.thenSchema != nil || schema.elseSchema != nil else { return }
        let declared = context.propertyNames(of: schema)
        guard !declared.isEmpty else { return }
        for (trigger, names) in schema.dependentRequired {
            for name in [trigger] + names where !declared.contains(name) {
                findings.report("dependentRequired names `\(name)`, which the schema does not declare", at: context.location(of: schema, keyword: "dependentRequired"))
            }
        }
        for (keyword, branch) in [("if", schema.ifSchema), ("then", schema.thenSchema), ("else", schema.elseSchema)] {
            guard let branch else { continue }
            for name in Self.names(in: branch) where !declared.contains(name) {
                findings.report("`\(keyword)` names `\(name)`, which the schema does not declare", at: context.location(of: branch))
            }
        }
    }

    /// The property names a conditional branch mentions directly (its `properties`, `required`, and those of
    /// its `allOf`/`anyOf`/`oneOf`/`not` members written inline).
    private static func names(in branch: Schema) -> [String] {
        var names = Array(branch.properties.keys) + branch.required
        for member in branch.allOf + branch.anyOf + branch.oneOf + [branch.not].compactMap({ $0 }) where member.reference == nil {
            names += member.properties.keys
            names += member.required
        }
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
