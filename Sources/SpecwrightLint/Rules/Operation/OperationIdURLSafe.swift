import SpecwrightReports

/// `operationId`s use only characters that are safe in a URL and in generated names.
struct OperationIdURLSafe: LintRule {
    static let description = RuleDescription.rule(
        "operation-operationId-url-safe", .warning, "`operationId`s contain only URL-safe characters",
        why: "Documentation tools put the operationId in links, and code generators derive names from it; spaces, slashes or other reserved characters break both.",
        fix: "Use letters, digits and `-._~` only, e.g. `createCustomer`."
    )
    static let counterparts = Counterparts(spectral: ["operation-operationId-valid-in-url"], redocly: ["operation-operationId-url-safe"])

    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for site in context.operationSites {
            guard let node = site.operation["operationId"], let id = node.string else { continue }
            if id.isEmpty {
                findings.report("operationId of \(site.label) is empty", at: context.location(of: node))
            } else if let bad = id.first(where: { !Self.allowed.contains($0) }) {
                findings.report("operationId `\(id)` of \(site.label) contains `\(bad)`, which is not URL-safe", at: context.location(of: node))
            }
        }
    }
}
