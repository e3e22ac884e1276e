import SpecwrightReports

/// No request path matches two path templates where neither is more specific.
struct PathsNotAmbiguous: LintRule {
    static let description = RuleDescription.rule(
        "no-ambiguous-paths", .warning, "No request matches two paths ambiguously",
        why: "`/{entity}/me` and `/users/{id}` both match `/users/me`, and neither is more specific in every segment, so routers disagree on which operation it is.",
        fix: "Make one path more specific, or merge the operations."
    )
    static let counterparts = Counterparts(redocly: ["no-ambiguous-paths"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let paths = context.spec.root["paths"], let items = paths.object else { return }
        // Group by segment count first: only paths with as many segments can match the same request.
        var bySegmentCount: [Int: [(path: String, segments: [Substring])]] = [:]
        for path in items.keys where !path.hasPrefix("x-") {
            let segments = PathTemplate.segments(path)
            bySegmentCount[segments.count, default: []].append((path, segments))
        }
        for group in bySegmentCount.values where group.count > 1 {
            for (index, later) in group.enumerated() {
                for earlier in group[..<index] where Self.areAmbiguous(earlier.segments, later.segments) {
                    findings.report("path `\(later.path)` and `\(earlier.path)` both match some requests, and neither is more specific",
                                    at: context.location(ofKey: later.path, in: paths),
                                    related: [RelatedLocation(location: context.location(ofKey: earlier.path, in: paths), message: "the other path")])
                }
            }
        }
    }

    /// Both match a common request and each has a literal segment where the other has a parameter.
    private static func areAmbiguous(_ left: [Substring], _ right: [Substring]) -> Bool {
        var leftMoreSpecific = false
        var rightMoreSpecific = false
        for (a, b) in zip(left, right) {
            let aIsParameter = a.contains("{")
            let bIsParameter = b.contains("{")
            switch (aIsParameter, bIsParameter) {
            case (false, false): if a != b { return false }
            case (false, true): leftMoreSpecific = true
            case (true, false): rightMoreSpecific = true
            case (true, true): if PathTemplate.shape(String(a)) != PathTemplate.shape(String(b)) { return false }
            }
        }
        return leftMoreSpecific && rightMoreSpecific
    }
}
