import SpecwrightReports

/// Paths do not end with `/`.
struct PathNoTrailingSlash: LintRule {
    static let description = RuleDescription.rule(
        "path-keys-no-trailing-slash", .warning, "Paths do not end with a slash",
        why: "Many servers treat `/pets/` and `/pets` as different resources; a trailing slash is usually unintended and makes URLs built from the server and the path ambiguous.",
        fix: "Remove the trailing slash (the root path `/` is fine)."
    )
    static let counterparts = Counterparts(spectral: ["path-keys-no-trailing-slash"], redocly: ["no-path-trailing-slash"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let paths = context.spec.root["paths"] else { return }
        for path in paths.object?.keys ?? [] where path.count > 1 && path.hasSuffix("/") {
            findings.report("path `\(path)` ends with a slash", at: context.location(ofKey: path, in: paths))
        }
    }
}
