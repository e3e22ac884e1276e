import SpecwrightReader
import SpecwrightReports

/// Every state of an `x-state-machine` can be reached from the initial state (or a state a command creates).
struct StateMachineReachable: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.stateMachineReachable
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .warning, "Every state is reachable from the initial state",
        why: "A state no transition leads to is either dead documentation or a transition the spec forgot; clients cannot tell which.",
        fix: "Add the transition that leads to the state, or remove the state."
    )
}
