import SpecwrightReports

/// No two operations share an `operationId`.
struct OperationIdUnique: LintRule {
    static let description = RuleDescription.rule(
        "operation-operationId-unique", .error, "Every `operationId` is unique",
        why: "Clients, generated methods and documentation links are named after the operationId; two operations with the same one collide.",
        fix: "Rename one of the operations."
    )
    static let counterparts = Counterparts(spectral: ["operation-operationId-unique"], redocly: ["operation-operationId-unique"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        var first: [String: (site: OperationSite, location: ReportLocation)] = [:]
        for site in context.operationSites {
            guard let node = site.operation["operationId"], let id = node.string else { continue }
            let location = context.location(of: node)
            if let earlier = first[id] {
                findings.report("operationId `\(id)` of \(site.label) is already used by \(earlier.site.label)", at: location,
                                related: [RelatedLocation(location: earlier.location, message: "first used here")])
            } else {
                first[id] = (site, location)
            }
        }
    }
}
