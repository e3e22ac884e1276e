import SpecwrightReports

/// No two paths differ only in the names of their template parameters.
struct PathsNotIdentical: LintRule {
    static let description = RuleDescription.rule(
        "no-identical-paths", .error, "No two paths are the same but for parameter names",
        why: "`/pets/{id}` and `/pets/{petId}` match exactly the same requests, so a server cannot tell which operation is meant.",
        fix: "Merge the two path items into one."
    )
    static let counterparts = Counterparts(spectral: ["path-params"], redocly: ["no-identical-paths"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let paths = context.spec.root["paths"], let items = paths.object else { return }
        var first: [String: String] = [:]
        for path in items.keys where !path.hasPrefix("x-") {
            let shape = PathTemplate.shape(path)
            if let earlier = first[shape] {
                findings.report("path `\(path)` is identical to `\(earlier)` but for parameter names", at: context.location(ofKey: path, in: paths),
                                related: [RelatedLocation(location: context.location(ofKey: earlier, in: paths), message: "declared here")])
            } else {
                first[shape] = path
            }
        }
    }
}
