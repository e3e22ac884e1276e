import SpecwrightReports

/// Server URLs do not end with `/`.
struct ServerNoTrailingSlash: LintRule {
    static let description = RuleDescription.rule(
        "server-no-trailing-slash", .warning, "Server URLs do not end with a slash",
        why: "Paths start with `/`, so a server URL ending with one yields `//` in every request URL.",
        fix: "Remove the trailing slash."
    )
    static let counterparts = Counterparts(spectral: ["oas3-server-trailing-slash"], redocly: ["no-server-trailing-slash"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for server in ServerSites.every(in: context) {
            guard let urlNode = server["url"], let url = urlNode.string, url.hasSuffix("/"), url != "/" else { continue }
            findings.report("server URL `\(url)` ends with a slash", at: context.location(of: urlNode))
        }
    }
}
