import SpecwrightReports

/// Every `{variable}` of a server URL is defined under `variables`, and every defined one is used.
struct ServerVariablesDefined: LintRule {
    static let description = RuleDescription.rule(
        "server-variables-defined", .error, "Server URL variables are defined and used",
        why: "A `{name}` in a server URL without a variable has no default, so no client can build the URL; a variable the URL does not use is dead configuration, usually a typo.",
        fix: "Add the variable under the server's `variables` with a `default`, or fix the name."
    )
    static let counterparts = Counterparts(spectral: ["oas3-server-variables"], redocly: ["no-undefined-server-variable"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for server in ServerSites.every(in: context) {
            guard let urlNode = server["url"], let url = urlNode.string else { continue }
            let used = ServerSites.variableNames(url)
            let variables = server["variables"]
            let defined = variables?.object?.keys.map { $0 } ?? []
            for name in used where !defined.contains(name) {
                findings.report("server URL `\(url)` uses `{\(name)}`, which `variables` does not define", at: context.location(of: urlNode))
            }
            if let variables {
                for name in defined where !used.contains(name) {
                    findings.report("server variable `\(name)` is not used in `\(url)`", at: context.location(ofKey: name, in: variables))
                }
            }
        }
    }
}
