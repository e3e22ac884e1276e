import SpecwrightReports

/// The scopes an OAuth 2 requirement asks for are declared by one of the scheme's flows.
struct SecurityScopesDefined: LintRule {
    static let description = RuleDescription.rule(
        "security-scopes-defined", .warning, "OAuth 2 scopes in requirements are declared by the scheme",
        why: "A scope no flow declares cannot be granted by the authorization server; the requirement can never be met.",
        fix: "Declare the scope under the scheme's `flows.*.scopes`, or fix its name."
    )
    static let counterparts = Counterparts(redocly: ["security-scopes-defined"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        var scopes: [String: Set<String>] = [:]
        for scheme in context.model.securitySchemes where scheme.type == "oauth2" {
            let flows = scheme.flows?.memberValues ?? []
            scopes[scheme.name] = Set(flows.flatMap { $0["scopes"]?.object?.keys.map { $0 } ?? [] })
        }
        for site in SecurityRequirementSite.every(in: context) {
            for (name, list) in site.requirement.object ?? [:] {
                guard let declared = scopes[name] else { continue }
                for scope in list.array ?? [] {
                    guard let text = scope.string, !declared.contains(text) else { continue }
                    findings.report("scope `\(text)` required by \(site.owner) is not declared by any flow of `\(name)`",
                                    at: context.location(of: scope))
                }
            }
        }
    }
}
