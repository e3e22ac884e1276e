import SpecwrightReports

extension ExampleResults {
    /// Reports the failing cases of one kind: one finding per value, naming the first issues.
    func report(_ kind: ExampleCase.Kind, in context: LintContext, into findings: inout RuleFindings) {
        for (index, example) in cases.enumerated() where example.kind == kind {
            guard let issues = failures[index], !issues.isEmpty else { continue }
            let reasons = issues.map { issue in
                (issue.instanceLocation.isEmpty ? "" : "at \(issue.instanceLocation): ") + issue.message
            }.joined(separator: "; ")
            findings.report("\(example.label) does not match its schema: \(reasons)", at: context.location(of: example.value))
        }
        if let compilationError, kind == .schemaExample {
            findings.report("the examples could not be checked: \(compilationError)", at: context.location(of: context.spec.root))
        }
    }
}
