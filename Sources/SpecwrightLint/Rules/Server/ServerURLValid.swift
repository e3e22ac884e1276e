import Foundation
import SpecwrightReports

/// Server URLs, with their variables' defaults substituted, are URLs.
struct ServerURLValid: LintRule {
    static let description = RuleDescription.rule(
        "server-url-valid", .error, "Server URLs are valid URLs",
        why: "A client builds every request URL from a server URL; an empty one, one with spaces, or one with an unknown scheme cannot be used.",
        fix: "Write an absolute `https://` URL or a relative one such as `/v1`."
    )
    static let counterparts = Counterparts(spectral: ["oas3-api-servers"], redocly: ["no-empty-servers"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        if let servers = context.spec.root["servers"], servers.array?.isEmpty == true {
            findings.report("`servers` is empty", at: context.location(of: servers))
        }
        for server in ServerSites.every(in: context) {
            guard let urlNode = server["url"] else {
                findings.report("server has no `url`", at: context.location(of: server))
                continue
            }
            guard let template = urlNode.string else { continue }
            var url = template
            for (name, variable) in server["variables"]?.object ?? [:] {
                url = url.replacingOccurrences(of: "{\(name)}", with: variable["default"]?.string ?? "x")
            }
            if let problem = Self.problem(with: url) {
                findings.report("server URL `\(template)` \(problem)", at: context.location(of: urlNode))
            }
        }
    }

    private static func problem(with url: String) -> String? {
        if url.isEmpty { return "is empty" }
        if url.contains(where: { $0.isWhitespace }) { return "contains white space" }
        if url.contains("{") || url.contains("}") { return "has an unbalanced `{` or `}`" }
        guard let components = URLComponents(string: url) else { return "is not a valid URL" }
        if let scheme = components.scheme {
            if !["http", "https", "ws", "wss"].contains(scheme.lowercased()) { return "has the scheme `\(scheme)`; expected http or https" }
            if components.host?.isEmpty ?? true { return "has no host" }
        }
        if components.query != nil || components.fragment != nil { return "has a query or fragment" }
        return nil
    }
}
