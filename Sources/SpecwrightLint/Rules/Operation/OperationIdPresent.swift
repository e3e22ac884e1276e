import SpecwrightReports

/// Every operation has an `operationId`.
struct OperationIdPresent: LintRule {
    static let description = RuleDescription.rule(
        "operation-operationId", .warning, "Every operation has an `operationId`",
        why: "Without one, generated methods, documentation anchors and logs are named after the method and path (`GetCustomersCustomerIdAccounts`), which change whenever the path does.",
        fix: "Add a stable `operationId` such as `listCustomerAccounts`."
    )
    static let counterparts = Counterparts(spectral: ["operation-operationId"], redocly: ["operation-operationId"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for site in context.operationSites where site.operation["operationId"] == nil {
            findings.report("\(site.label) has no operationId", at: context.location(ofKey: site.method, in: site.pathItem))
        }
    }
}
