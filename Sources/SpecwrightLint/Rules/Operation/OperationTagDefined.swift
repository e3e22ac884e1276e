import SpecwrightReports

/// The tags an operation uses are declared in the document's `tags`.
struct OperationTagDefined: LintRule {
    static let description = RuleDescription.rule(
        "operation-tag-defined", .warning, "Operation tags are declared in the top-level `tags`",
        why: "A tag that is not declared has no description and no place in the documentation's order; it is often a typo of a declared one.",
        fix: "Declare the tag under the top-level `tags` (with a description), or fix its spelling."
    )
    static let counterparts = Counterparts(spectral: ["operation-tag-defined"], redocly: ["operation-tag-defined"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        let declared = Set((context.spec.root["tags"]?.array ?? []).compactMap { $0["name"]?.string })
        for site in context.operationSites {
            for tag in site.operation["tags"]?.array ?? [] {
                guard let name = tag.string, !declared.contains(name) else { continue }
                findings.report("tag `\(name)` of \(site.label) is not declared in the top-level `tags`", at: context.location(of: tag))
            }
        }
    }
}
