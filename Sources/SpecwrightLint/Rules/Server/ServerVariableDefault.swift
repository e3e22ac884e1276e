import SpecwrightReports

/// Server variables have a default, a non-empty `enum` when they have one, and a default within it.
struct ServerVariableDefault: LintRule {
    static let description = RuleDescription.rule(
        "server-variable-default", .error, "Server variables have a default within their enum",
        why: "OpenAPI requires a default for every server variable (clients use it when none is chosen); an empty `enum` allows no value, and a default outside the enum is one the server does not accept.",
        fix: "Give the variable a `default` that is one of its `enum` values."
    )
    static let counterparts = Counterparts(spectral: ["oas3-server-variables"], redocly: ["no-server-variables-empty-enum"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for server in ServerSites.every(in: context) {
            for (name, variable) in server["variables"]?.object ?? [:] {
                let defaultValue = variable["default"]?.string
                if defaultValue == nil {
                    findings.report("server variable `\(name)` has no string `default`", at: context.location(of: variable))
                }
                guard let enumNode = variable["enum"], let values = enumNode.array else { continue }
                if values.isEmpty {
                    findings.report("server variable `\(name)` has an empty `enum`", at: context.location(of: enumNode))
                } else if let defaultValue, !values.contains(where: { $0.string == defaultValue }) {
                    findings.report("default `\(defaultValue)` of server variable `\(name)` is not one of its `enum` values",
                                    at: context.location(of: variable["default"] ?? variable))
                }
            }
        }
    }
}
