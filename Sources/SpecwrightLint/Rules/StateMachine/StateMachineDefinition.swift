import SpecwrightModel
import SpecwrightReader

/// A schema's `x-state-machine` extension, read leniently: what is malformed is left for the rules to report.
///
/// ```yaml
/// x-state-machine:
///   property: status            # the property that holds the state
///   states: [Pending, Active, Closed]
///   initial: Pending
///   terminal: [Closed]
///   transitions:
///     - {command: ActivateCommand, from: [Pending], to: Active}
///     - {trigger: Timeout, automatic: true, from: [Active], to: Closed}
///   allowedActions: {Pending: [Activate]}
/// ```
struct StateMachineDefinition {
    struct Transition {
        var node: Node
        var command: Node?
        var trigger: Node?
        var from: [Node]
        var to: Node?
    }

    var schema: Schema
    var node: Node
    var property: Node?
    var states: [Node]
    var initial: Node?
    var terminal: [Node]
    var transitions: [Transition]
    var allowedActions: Node?

    var stateNames: Set<String> { Set(states.compactMap(\.string)) }

    static func every(in context: LintContext) -> [StateMachineDefinition] {
        let schemas = context.schemas
        return schemas.indices.compactMap { index in
            guard let node = schemas[index].extensions["x-state-machine"] else { return nil }
            let schema = schemas[index]
            return StateMachineDefinition(
                schema: schema, node: node, property: node["property"], states: node["states"]?.array ?? [],
                initial: node["initial"], terminal: node["terminal"]?.array ?? [],
                transitions: (node["transitions"]?.array ?? []).map { entry in
                    Transition(node: entry, command: entry["command"], trigger: entry["trigger"],
                               from: entry["from"]?.array ?? [], to: entry["to"])
                },
                allowedActions: node["allowedActions"]
            )
        }
    }
}
