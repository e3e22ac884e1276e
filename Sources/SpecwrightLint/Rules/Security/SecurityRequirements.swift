import SpecwrightReader

/// Every security requirement object of a spec (the document's and each operation's), with its node.
struct SecurityRequirementSite {
    /// `the document` or `GET /pets`, for messages.
    var owner: String
    /// One requirement object: scheme name → scopes.
    var requirement: Node

    static func every(in context: LintContext) -> [SecurityRequirementSite] {
        var sites = (context.spec.root["security"]?.array ?? []).map { SecurityRequirementSite(owner: "the document", requirement: $0) }
        for site in context.operationSites {
            sites += (site.operation["security"]?.array ?? []).map { SecurityRequirementSite(owner: site.label, requirement: $0) }
        }
        return sites
    }
}
