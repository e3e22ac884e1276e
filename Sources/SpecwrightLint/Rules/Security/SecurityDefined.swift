import SpecwrightReports

/// Security requirements name schemes that `components.securitySchemes` defines.
struct SecurityDefined: LintRule {
    static let description = RuleDescription.rule(
        "security-defined", .error, "Security requirements name defined schemes",
        why: "A requirement naming a scheme that is not defined cannot be satisfied: clients do not know how to authenticate, and generated code has no credentials to send.",
        fix: "Define the scheme under `components.securitySchemes`, or fix its name."
    )
    static let counterparts = Counterparts(spectral: ["oas3-operation-security-defined"], redocly: ["security-defined"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        let defined = Set(context.model.securitySchemes.map(\.name))
        for site in SecurityRequirementSite.every(in: context) {
            for name in site.requirement.object?.keys ?? [] where !defined.contains(name) {
                findings.report("security scheme `\(name)` required by \(site.owner) is not defined in `components.securitySchemes`",
                                at: context.location(ofKey: name, in: site.requirement))
            }
        }
    }
}
