import SpecwrightReader
import SpecwrightReports

/// An `x-state-machine` names states it lists, a property the schema declares, and commands the spec defines.
///
/// The model reads the extension (`StateMachineParser` in SpecwrightModel) and warns about what it cannot
/// use; this rule reports those warnings, so lint and the generated lifecycle agree on what it means.
struct StateMachineConsistent: DiagnosticBackedRule {
    static let diagnosticRule = DiagnosticRule.stateMachineConsistent
    static let description = RuleDescription.rule(
        diagnosticRule.rawValue, .error, "`x-state-machine` names existing states, property and commands",
        why: "The state machine documents which commands are allowed in which state; a transition from a state that is not listed, a state property the schema lacks, a state outside that property's enum, a command the command union does not accept, or a transition out of a terminal state describes a lifecycle the API cannot have, and the generator leaves it out of the generated lifecycle.",
        fix: "Make every state, the property and every command match what the spec defines (format: Docs/x-state-machine.md)."
    )
}
