import SpecwrightReports

/// The document's `tags` declare each name once.
struct TagsUnique: LintRule {
    static let description = RuleDescription.rule(
        "tags-unique", .error, "Top-level tags are unique",
        why: "OpenAPI requires unique tag names; with two declarations, which description applies is undefined.",
        fix: "Merge the two tag objects."
    )
    static let counterparts = Counterparts(spectral: ["openapi-tags-uniqueness"], redocly: ["no-duplicated-tag-names"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        var seen: [String: ReportLocation] = [:]
        for tag in context.spec.root["tags"]?.array ?? [] {
            guard let nameNode = tag["name"], let name = nameNode.string else { continue }
            let location = context.location(of: nameNode)
            if let earlier = seen[name] {
                findings.report("tag `\(name)` is declared twice", at: location, related: [RelatedLocation(location: earlier, message: "first declared here")])
            } else {
                seen[name] = location
            }
        }
    }
}
