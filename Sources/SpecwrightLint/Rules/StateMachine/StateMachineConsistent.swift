import SpecwrightReader
import SpecwrightReports
import SpecwrightSpecValidation
import SpecwrightValidation

/// An `x-state-machine` names states it lists, a property the schema declares, and commands the spec defines.
struct StateMachineConsistent: LintRule {
    static let description = RuleDescription.rule(
        "state-machine-consistent", .error, "`x-state-machine` names existing states, property and commands",
        why: "The state machine documents which commands are allowed in which state; a transition from a state that is not listed, a state property the schema lacks, a state outside that property's enum, a command no schema defines, or a transition out of a terminal state describes a lifecycle the API cannot have.",
        fix: "Make every state, the property and every command match what the spec defines."
    )

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        let machines = context.stateMachines
        guard !machines.isEmpty else { return }
        let commands = Self.definedValues(in: context)
        for machine in machines {
            check(machine, commands: commands, context, &findings)
        }
    }

    private func check(_ machine: StateMachineDefinition, commands: Set<String>, _ context: LintContext, _ findings: inout RuleFindings) {
        let states = machine.stateNames
        if machine.states.isEmpty {
            findings.report("x-state-machine lists no `states`", at: context.location(of: machine.node))
            return
        }
        func requireState(_ node: Node?, _ role: String) {
            guard let node else { return }
            guard let name = node.string else {
                findings.report("\(role) must be a state name (a string)", at: context.location(of: node))
                return
            }
            if !states.contains(name) {
                findings.report("\(role) `\(name)` is not one of the listed states", at: context.location(of: node))
            }
        }
        if let property = machine.property {
            if let name = property.string {
                let declared = context.propertyNames(of: machine.schema)
                if !declared.contains(name) {
                    findings.report("state property `\(name)` is not a property of the schema", at: context.location(of: property))
                } else if let values = Self.enumValues(of: name, in: machine, context) {
                    for value in values where !states.contains(value) {
                        findings.report("`\(name)` allows `\(value)`, which is not one of the listed states", at: context.location(of: property))
                    }
                    for state in machine.states where state.string.map({ !values.contains($0) }) ?? false {
                        findings.report("state `\(state.string!)` is not a value of `\(name)`", at: context.location(of: state))
                    }
                }
            } else {
                requireState(property, "property")
            }
        } else {
            findings.report("x-state-machine has no `property` naming the field that holds the state", at: context.location(of: machine.node))
        }
        requireState(machine.initial, "initial state")
        machine.terminal.forEach { requireState($0, "terminal state") }
        let terminal = Set(machine.terminal.compactMap(\.string))
        for transition in machine.transitions {
            transition.from.forEach { requireState($0, "transition source") }
            if let to = transition.to { requireState(to, "transition target") } else {
                findings.report("transition has no `to` state", at: context.location(of: transition.node))
            }
            for source in transition.from {
                if let name = source.string, terminal.contains(name) {
                    findings.report("transition leaves the terminal state `\(name)`", at: context.location(of: source))
                }
            }
            switch (transition.command, transition.trigger) {
            case (nil, nil):
                findings.report("transition has neither a `command` nor a `trigger`", at: context.location(of: transition.node))
            case (let command?, _):
                if let name = command.string, !commands.contains(name) {
                    findings.report("command `\(name)` is not defined in the spec (no enum, const or discriminator value names it)", at: context.location(of: command))
                }
            default:
                break
            }
        }
        for (state, _) in machine.allowedActions?.object ?? [:] where !states.contains(state) {
            findings.report("allowedActions names `\(state)`, which is not one of the listed states", at: context.location(ofKey: state, in: machine.allowedActions!))
        }
    }

    /// The enum values of the state property, through `$ref`s and `allOf`, when it has any.
    private static func enumValues(of property: String, in machine: StateMachineDefinition, _ context: LintContext) -> Set<String>? {
        var pending = [machine.schema]
        var seen: Set<String> = []
        while let schema = pending.popLast() {
            guard seen.insert(schema.identity).inserted else { continue }
            if let declared = schema.properties[property] {
                let resolved = context.resolved(declared)
                return (resolved.enumValues ?? declared.enumValues).map { Set($0.compactMap(\.string)) }
            }
            if let reference = schema.reference, let target = context.schema(identity: reference) { pending.append(target) }
            pending += schema.allOf
        }
        return nil
    }

    /// Every string a command name could be: enum and const values and discriminator mapping keys.
    private static func definedValues(in context: LintContext) -> Set<String> {
        var values: Set<String> = []
        let schemas = context.schemas
        for index in schemas.indices {
            values.formUnion((schemas[index].enumValues ?? []).compactMap(\.string))
            if let constant = schemas[index].constValue?.string { values.insert(constant) }
            values.formUnion(schemas[index].discriminator?.mapping.keys ?? [])
        }
        return values
    }
}
