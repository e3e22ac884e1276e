import SpecwrightReader

/// A rule whose findings are the warnings the reader or the model raise while reading (they tolerate the
/// defect and say what they assumed); lint reports them under the rule's ID.
protocol DiagnosticBackedRule: LintRule {
    static var diagnosticRule: DiagnosticRule { get }
}

extension DiagnosticBackedRule {
    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        for diagnostic in context.model.diagnostics where diagnostic.rule == Self.diagnosticRule {
            guard let location = diagnostic.location else { continue }
            findings.report(diagnostic.message, at: context.location(of: location, pointer: context.pointer(at: location)))
        }
    }
}
