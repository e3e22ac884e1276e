import SpecwrightReports

/// Every parameter declared `in: path` appears in the path template.
struct PathParameterUsed: LintRule {
    static let description = RuleDescription.rule(
        "path-param-used", .error, "Path parameters appear in the path template",
        why: "A path parameter that the template does not contain can never be sent; it is usually a typo of the template's name.",
        fix: "Make the parameter's `name` match a `{name}` of the path, or remove the parameter."
    )
    static let counterparts = Counterparts(spectral: ["path-params"], redocly: ["path-parameters-defined"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for site in context.operationSites where !site.isWebhook {
            let names = Set(PathTemplate.parameterNames(site.path))
            for parameter in site.parameters where parameter["in"]?.string == "path" {
                guard let name = parameter["name"]?.string, !names.contains(name) else { continue }
                findings.report("path parameter `\(name)` of \(site.label) is not in the path template", at: context.location(of: parameter))
            }
        }
    }
}
