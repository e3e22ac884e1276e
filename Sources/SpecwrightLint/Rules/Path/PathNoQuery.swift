import SpecwrightReports

/// Paths hold no query string.
struct PathNoQuery: LintRule {
    static let description = RuleDescription.rule(
        "path-not-include-query", .error, "Paths contain no query string",
        why: "A `?` in a path key is not a query: OpenAPI matches it literally, and the query parameters it seems to declare are untyped.",
        fix: "Remove the query from the path and declare each query parameter with `in: query`."
    )
    static let counterparts = Counterparts(spectral: ["path-not-include-query"], redocly: ["path-not-include-query"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let paths = context.spec.root["paths"] else { return }
        for path in paths.object?.keys ?? [] where path.contains("?") {
            findings.report("path `\(path)` contains a query string", at: context.location(ofKey: path, in: paths))
        }
    }
}
