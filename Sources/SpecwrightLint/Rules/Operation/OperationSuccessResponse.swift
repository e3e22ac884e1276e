import SpecwrightReports

/// Every operation documents at least one success (2xx or 3xx) response.
struct OperationSuccessResponse: LintRule {
    static let description = RuleDescription.rule(
        "operation-success-response", .warning, "Every operation has a 2xx or 3xx response",
        why: "Without a success response a client cannot know what a successful call returns; generated code has no result type.",
        fix: "Add the success response (e.g. `200` or `204`) to `responses`."
    )
    static let counterparts = Counterparts(spectral: ["operation-success-response"], redocly: ["operation-2xx-response"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for site in context.operationSites where !site.isWebhook {
            guard let responses = site.operation["responses"]?.object else {
                findings.report("\(site.label) has no `responses`", at: context.location(of: site.operation))
                continue
            }
            let succeeds = responses.keys.contains { $0.hasPrefix("2") || $0.hasPrefix("3") }
            if !succeeds {
                findings.report("\(site.label) has no 2xx or 3xx response", at: context.location(ofKey: "responses", in: site.operation))
            }
        }
    }
}
