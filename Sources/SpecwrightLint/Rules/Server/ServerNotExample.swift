import Foundation
import SpecwrightReports

/// Server URLs do not point at `example.com`.
struct ServerNotExample: LintRule {
    static let description = RuleDescription.rule(
        "server-not-example.com", .warning, "Server URLs are not example.com",
        why: "A server at example.com is a placeholder: generated clients configured from the spec send requests nowhere.",
        fix: "Use the API's real host, or a server variable whose default is a real host."
    )
    static let counterparts = Counterparts(spectral: ["oas3-server-not-example.com"], redocly: ["no-server-example.com"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for server in ServerSites.every(in: context) {
            guard let urlNode = server["url"], let url = urlNode.string,
                  let host = URLComponents(string: url)?.host?.lowercased(),
                  host == "example.com" || host.hasSuffix(".example.com") else { continue }
            findings.report("server URL `\(url)` points at example.com", at: context.location(of: urlNode))
        }
    }
}
