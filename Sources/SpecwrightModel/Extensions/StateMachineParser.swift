import OrderedCollections
import SpecwrightReader

/// Reads `x-state-machine` extensions into ``StateMachine`` values. Malformed content is never fatal: each
/// problem is a warning at the node it is about, and the parser keeps what is still meaningful.
struct StateMachineParser {
    static let extensionKey = "x-state-machine"
    private static let knownKeys: Set<String> = [
        "property", "states", "initial", "terminal", "transitions", "allowedActions", "commandUnion",
    ]
    private static let transitionKeys: Set<String> = ["command", "trigger", "automatic", "action", "from", "to"]

    /// A component union whose discriminator values name commands.
    struct CommandUnion {
        var name: String
        var commands: OrderedSet<String>
    }

    let diagnostics: DiagnosticLog
    let commandUnions: [CommandUnion]
    private let schemas: OrderedDictionary<String, Schema>

    init(schemas: OrderedDictionary<String, Schema>, diagnostics: DiagnosticLog) {
        self.diagnostics = diagnostics
        self.schemas = schemas
        commandUnions = schemas.compactMap { name, schema in
            guard let discriminator = schema.discriminator else { return nil }
            var commands = OrderedSet(discriminator.mapping.keys)
            // Without a mapping entry, a member's discriminator value is its component name (OpenAPI 3.x).
            let mapped = Set(discriminator.mapping.values)
            for member in schema.oneOf + schema.anyOf {
                guard let reference = member.reference, !mapped.contains(reference), let key = Self.componentKey(reference) else { continue }
                commands.append(key)
            }
            return commands.isEmpty ? nil : CommandUnion(name: name, commands: commands)
        }
    }

    /// The lifecycle of the component `schemaName`, or `nil` (with warnings) when `node` cannot be one.
    func parse(_ node: Node, schemaName: String, typeName: String, lifecycleTypeName: String, schema: Schema) -> StateMachine? {
        guard let members = node.object else {
            warn("`\(Self.extensionKey)` must be an object; ignored", at: node)
            return nil
        }
        for (key, _) in members where !Self.knownKeys.contains(key) {
            warn("`\(Self.extensionKey)` has an unknown key `\(key)`; ignored", at: node.keyLocation(of: key) ?? node.location)
        }
        guard let states = parseStates(node["states"], in: node) else { return nil }
        let known = Set(states)

        var machine = StateMachine(
            schemaName: schemaName, typeName: typeName, lifecycleTypeName: lifecycleTypeName,
            property: parseProperty(node["property"], of: schema, states: states), states: states,
            initial: parseInitial(node["initial"], states: known), terminal: stateList(node["terminal"], "terminal", known),
            transitions: [], allowedActions: parseAllowedActions(node["allowedActions"], states: known),
            commandUnion: nil, location: node.location
        )
        let transitions = (node["transitions"].map { parseTransitions($0, states: known) }) ?? []
        if node["transitions"] == nil { warn("`\(Self.extensionKey)` has no `transitions`", at: node) }
        let (union, accepted) = checkCommands(transitions, declared: node["commandUnion"], in: node)
        machine.commandUnion = union
        machine.transitions = removingDuplicates(accepted)
        guard !machine.commands.isEmpty else {
            warn("`\(Self.extensionKey)` has no transition through a command; ignored", at: node["transitions"] ?? node)
            return nil
        }
        checkTerminalStates(machine)
        checkReachability(machine, statesNode: node["states"]!)
        return machine
    }

    // MARK: - Members

    private func parseStates(_ node: Node?, in machine: Node) -> [String]? {
        guard let node, let elements = node.array, !elements.isEmpty else {
            warn("`\(Self.extensionKey)` needs `states`, a non-empty list of state names; ignored", at: node ?? machine)
            return nil
        }
        var states: [String] = []
        for element in elements {
            guard let name = element.string, !name.isEmpty else {
                warn("a state must be a non-empty string, not \(element.typeName); ignored", at: element)
                continue
            }
            if states.contains(name) {
                warn("state `\(name)` is listed twice", at: element)
                continue
            }
            states.append(name)
        }
        return states.isEmpty ? nil : states
    }

    private func parseProperty(_ node: Node?, of schema: Schema, states: [String]) -> String? {
        guard let node else { return nil }
        guard let name = node.string else {
            warn("`property` must be the name of a property, not \(node.typeName); ignored", at: node)
            return nil
        }
        guard schema.properties[name] != nil else {
            let names = schema.properties.keys.map { "`\($0)`" }.joined(separator: ", ")
            warn("`property` names `\(name)`, which is not a property of the schema (\(names.isEmpty ? "none" : names)); ignored", at: node)
            return nil
        }
        if let values = enumValues(of: schema.properties[name]!) {
            let missing = states.filter { !values.contains($0) }
            let extra = values.filter { !states.contains($0) }
            if !missing.isEmpty || !extra.isEmpty {
                let parts = [
                    missing.isEmpty ? nil : "states not in its enum: \(missing.joined(separator: ", "))",
                    extra.isEmpty ? nil : "enum values that are not states: \(extra.joined(separator: ", "))",
                ]
                warn("`states` and the values of `\(name)` differ (\(parts.compactMap { $0 }.joined(separator: "; ")))", at: node)
            }
        }
        return name
    }

    /// The string values of an enumeration schema, following a `$ref` to a component.
    private func enumValues(of schema: Schema) -> [String]? {
        if let values = schema.enumValues { return values.compactMap(\.string) }
        guard let key = schema.reference.flatMap(Self.componentKey), let target = schemas[key] else { return nil }
        return target.enumValues?.compactMap(\.string)
    }

    /// `Client` for the identity `/path/spec.yaml#/components/schemas/Client` of a `$ref` target.
    private static func componentKey(_ identity: String) -> String? {
        guard let range = identity.range(of: "#/components/schemas/") else { return nil }
        let key = identity[range.upperBound...]
        return key.isEmpty || key.contains("/") ? nil : key.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    private func parseInitial(_ node: Node?, states: Set<String>) -> String? {
        guard let node else { return nil }
        guard let name = node.string, states.contains(name) else {
            warn("`initial` must be one of the `states`, not \(describe(node)); ignored", at: node)
            return nil
        }
        return name
    }

    /// A list of state names; unknown ones are dropped with a warning.
    private func stateList(_ node: Node?, _ key: String, _ states: Set<String>) -> [String] {
        guard let node else { return [] }
        guard let elements = node.array else {
            warn("`\(key)` must be a list of states, not \(node.typeName); ignored", at: node)
            return []
        }
        var result: [String] = []
        for element in elements {
            guard let name = element.string, states.contains(name) else {
                warn("`\(key)` lists \(describe(element)), which is not one of the `states`; ignored", at: element)
                continue
            }
            if !result.contains(name) { result.append(name) }
        }
        return result
    }

    private func parseAllowedActions(_ node: Node?, states: Set<String>) -> OrderedDictionary<String, [String]> {
        guard let node else { return [:] }
        guard let members = node.object else {
            warn("`allowedActions` must map states to lists of actions, not \(node.typeName); ignored", at: node)
            return [:]
        }
        var result: OrderedDictionary<String, [String]> = [:]
        for (state, actions) in members {
            guard states.contains(state) else {
                warn("`allowedActions` names `\(state)`, which is not one of the `states`; ignored", at: node.keyLocation(of: state) ?? node.location)
                continue
            }
            guard let list = actions.array, list.allSatisfy({ $0.string != nil }) else {
                warn("the actions of `\(state)` must be a list of strings; ignored", at: actions)
                continue
            }
            result[state] = list.compactMap(\.string)
        }
        return result
    }

    // MARK: - Transitions

    private func parseTransitions(_ node: Node, states: Set<String>) -> [StateMachine.Transition] {
        guard let elements = node.array else {
            warn("`transitions` must be a list, not \(node.typeName); ignored", at: node)
            return []
        }
        return elements.compactMap { parseTransition($0, states: states) }
    }

    private func parseTransition(_ node: Node, states: Set<String>) -> StateMachine.Transition? {
        guard let members = node.object else {
            warn("a transition must be an object, not \(node.typeName); ignored", at: node)
            return nil
        }
        for (key, _) in members where !Self.transitionKeys.contains(key) {
            warn("a transition has an unknown key `\(key)`; ignored", at: node.keyLocation(of: key) ?? node.location)
        }
        let event: StateMachine.Event
        switch (node["command"], node["trigger"]) {
        case (let command?, nil):
            guard let name = command.string, !name.isEmpty else {
                warn("`command` must be a command name, not \(command.typeName); transition ignored", at: command)
                return nil
            }
            if node["automatic"]?.bool == true {
                warn("`automatic: true` is for a `trigger`; a `command` is sent by a client (ignored)", at: node["automatic"]!)
            }
            event = .command(name)
        case (nil, let trigger?):
            guard let name = trigger.string, !name.isEmpty else {
                warn("`trigger` must be a name, not \(trigger.typeName); transition ignored", at: trigger)
                return nil
            }
            if node["automatic"]?.bool != true {
                warn("a `trigger` transition should say `automatic: true`; read as automatic", at: node["automatic"] ?? trigger)
            }
            event = .trigger(name)
        default:
            warn("a transition needs exactly one of `command` and `trigger`; ignored", at: node)
            return nil
        }
        guard let toNode = node["to"], let to = toNode.string, states.contains(to) else {
            warn("transition `\(event.name)`: `to` must be one of the `states`, not \(node["to"].map(describe) ?? "missing"); ignored", at: node["to"] ?? node)
            return nil
        }
        let from = stateList(node["from"], "from", states)
        if node["from"] == nil {
            warn("transition `\(event.name)` has no `from`; read as `from: []` (it creates the object)", at: node)
        }
        return StateMachine.Transition(event: event, action: node["action"]?.string, from: from, to: to, location: node.location)
    }

    /// Keeps the transitions whose command the spec's command union accepts, and names that union.
    private func checkCommands(
        _ transitions: [StateMachine.Transition],
        declared: Node?,
        in machine: Node
    ) -> (union: String?, accepted: [StateMachine.Transition]) {
        let commands = transitions.compactMap { transition -> String? in
            if case .command(let name) = transition.event { return name }
            return nil
        }
        guard !commands.isEmpty else { return (nil, transitions) }
        let union: CommandUnion
        if let declared {
            guard let name = declared.string, let found = commandUnions.first(where: { $0.name == name }) else {
                let candidates = commandUnions.map { "`\($0.name)`" }.joined(separator: ", ")
                warn("`commandUnion` must name a component schema with a discriminator (\(candidates.isEmpty ? "there is none" : candidates)), not \(describe(declared)); commands not checked", at: declared)
                return (nil, transitions)
            }
            union = found
        } else {
            let ranked = commandUnions.map { candidate in (candidate, commands.count { candidate.commands.contains($0) }) }
            guard let best = ranked.max(by: { $0.1 < $1.1 }), best.1 > 0 else {
                warn("no component schema with a discriminator lists the commands (\(commands.joined(separator: ", "))); commands not checked (name the union with `commandUnion`)", at: machine)
                return (nil, transitions)
            }
            union = best.0
        }
        let accepted = transitions.filter { transition in
            guard case .command(let name) = transition.event, !union.commands.contains(name) else { return true }
            warn(
                "command `\(name)` is not one of the commands of `\(union.name)` (\(union.commands.joined(separator: ", "))); transition ignored",
                at: transition.location
            )
            return false
        }
        return (union.name, accepted)
    }

    /// An event leads from a state to one state only: a second transition for the same pair is dropped.
    private func removingDuplicates(_ transitions: [StateMachine.Transition]) -> [StateMachine.Transition] {
        var seen: [Pair: StateMachine.Transition] = [:]
        return transitions.compactMap { transition in
            // A creating transition (`from: []`) is the pair of its event and no state.
            let sources: [String?] = transition.from.isEmpty ? [nil] : transition.from
            let kept = sources.filter { source in
                let pair = Pair(event: transition.event, from: source)
                guard let earlier = seen[pair] else {
                    seen[pair] = transition
                    return true
                }
                let relation = earlier.to == transition.to ? "repeats" : "contradicts"
                let origin = source.map { "`\($0)`" } ?? "no state"
                warn(
                    "transition `\(transition.event.name)` from \(origin) \(relation) the one at line \(earlier.location.line) (to `\(earlier.to)`); ignored",
                    at: transition.location
                )
                return false
            }
            guard !kept.isEmpty else { return nil }
            var result = transition
            result.from = kept.compactMap { $0 }
            return result
        }
    }

    private struct Pair: Hashable {
        var event: StateMachine.Event
        var from: String?
    }

    private func checkTerminalStates(_ machine: StateMachine) {
        for transition in machine.transitions {
            for state in transition.from where machine.terminal.contains(state) {
                warn("transition `\(transition.event.name)` leaves `\(state)`, which `terminal` says no event leaves", at: transition.location)
            }
        }
    }

    /// Every state should be reachable from the initial state or from a state an event creates.
    private func checkReachability(_ machine: StateMachine, statesNode: Node) {
        var reached = Set(machine.initial.map { [$0] } ?? [])
        reached.formUnion(machine.transitions.filter(\.from.isEmpty).map(\.to))
        guard !reached.isEmpty else {
            warn("no `initial` state and no transition that creates the object: reachability not checked", at: statesNode)
            return
        }
        var frontier = Array(reached)
        while let state = frontier.popLast() {
            for transition in machine.transitions where transition.from.contains(state) && reached.insert(transition.to).inserted {
                frontier.append(transition.to)
            }
        }
        let start = machine.initial ?? machine.transitions.first(where: \.from.isEmpty)!.to
        for element in statesNode.array ?? [] {
            guard let state = element.string, machine.states.contains(state), !reached.contains(state) else { continue }
            warn("state `\(state)` is unreachable: no transition leads to it from `\(start)`", rule: .stateMachineReachable, at: element.location)
        }
    }

    // MARK: - Helpers

    private func warn(_ message: String, at node: Node) {
        warn(message, at: node.location)
    }

    /// Every problem is `state-machine-consistent` but an unreachable state, which lint reports on its own.
    private func warn(_ message: String, rule: DiagnosticRule = .stateMachineConsistent, at location: SourceLocation) {
        diagnostics.warn(message, rule: rule, at: location)
    }

    private func describe(_ node: Node) -> String {
        node.string.map { "`\($0)`" } ?? node.typeName
    }
}
