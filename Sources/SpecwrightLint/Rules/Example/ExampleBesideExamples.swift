import SpecwrightReports

/// A media type, parameter or header has `example` or `examples`, not both.
struct ExampleBesideExamples: LintRule {
    static let description = RuleDescription.rule(
        "no-example-beside-examples", .error, "No `example` beside `examples`",
        why: "OpenAPI makes `example` and `examples` mutually exclusive on media types, parameters and headers; tools keep one and silently drop the other.",
        fix: "Move the single `example` into `examples` under a name."
    )
    static let counterparts = Counterparts(spectral: ["oas3-valid-media-example"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for holder in context.exampleHolders where holder["example"] != nil && holder["examples"] != nil {
            findings.report("`example` and `examples` are both given; OpenAPI allows one", at: context.location(ofKey: "example", in: holder))
        }
    }
}
