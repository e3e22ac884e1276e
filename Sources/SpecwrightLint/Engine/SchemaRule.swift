import SpecwrightModel

/// A rule that looks at one schema at a time. The linter visits every schema once and hands it to every
/// schema rule, instead of each rule walking (and copying) all of them.
public protocol SchemaRule: LintRule {
    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings)
}

extension SchemaRule {
    public func check(_ context: LintContext, _ findings: inout RuleFindings) {
        let schemas = context.schemas
        for index in schemas.indices {
            check(schemas[index], context, &findings)
        }
    }
}
