import SpecwrightReports

/// A small report with what every writer must handle: two files, an unlocated finding, a related location,
/// characters that need escaping.
enum ReportFixture {
    static let rules = [
        RuleDescription(id: "operation-operationId-unique", shortDescription: "Every operationId is unique",
                        fullDescription: "Two operations with one operationId collide.", defaultLevel: .error, help: "Rename one."),
        RuleDescription(id: "format-known", shortDescription: "Formats are known",
                        fullDescription: "Unknown formats check nothing.", defaultLevel: .warning, help: "Fix the name."),
    ]

    static let report = Report(
        tool: Report.Tool(name: "specwright-lint", version: "0.1.0", informationURI: "https://example.org/lint"),
        rules: rules,
        findings: [
            Finding(rule: "format-known", level: .warning, message: "format `date_time` is not known, so nothing checks it",
                    location: ReportLocation(file: "/work/repo/specs/b.yaml", line: 3, column: 7, pointer: "/components/schemas/A/format")),
            Finding(rule: "operation-operationId-unique", level: .error, message: "operationId `list` of GET /b is already used by GET /a",
                    location: ReportLocation(file: "/work/repo/specs/a.yaml", line: 12, column: 20, pointer: "/paths/~1b/get/operationId"),
                    relatedLocations: [RelatedLocation(location: ReportLocation(file: "/work/repo/specs/a.yaml", line: 5, column: 20),
                                                       message: "first used here")]),
            Finding(rule: "format-known", level: .note, message: "50% done, a: b\nsecond line", location: nil),
            Finding(rule: "format-known", level: .warning, message: "earlier in the file",
                    location: ReportLocation(file: "/work/repo/specs/a.yaml", line: 2, column: 1, pointer: "")),
        ],
        baseDirectory: "/work/repo"
    )
}
