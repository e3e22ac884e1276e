import SpecwrightReports

/// Component keys use only the characters OpenAPI allows.
struct ComponentNamesValid: LintRule {
    static let description = RuleDescription.rule(
        "component-names-valid", .error, "Component names match `^[a-zA-Z0-9.\\-_]+$`",
        why: "OpenAPI restricts component keys to letters, digits, `.`, `-` and `_`; other characters break `$ref`s in other tools and make poor type names.",
        fix: "Rename the component (and its `$ref`s)."
    )
    static let counterparts = Counterparts(redocly: ["spec-components-invalid-map-name"])

    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_")

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let components = context.spec.root["components"] else { return }
        for (section, entries) in components.object ?? [:] where !section.hasPrefix("x-") {
            for name in entries.object?.keys ?? [] where name.isEmpty || !name.allSatisfy(Self.allowed.contains) {
                findings.report("components.\(section) key `\(name)` has characters outside `a-zA-Z0-9.-_`",
                                at: context.location(ofKey: name, in: entries))
            }
        }
    }
}
