import SpecwrightModel

/// Turns a ``StateMachine`` into the values `Templates/state-machine.mustache` reads: Swift names for the
/// states, commands and triggers, and the case patterns of the transition table.
struct StateMachineContext {
    private let machine: StateMachine
    private let model: APIModel
    private let stateNames: [String: String]
    private let commandNames: [String: String]
    private let triggerNames: [String: String]

    init(_ machine: StateMachine, in model: APIModel) {
        self.machine = machine
        self.model = model
        stateNames = Self.swiftNames(machine.states)
        commandNames = Self.swiftNames(machine.commands, droppingSuffix: "Command")
        triggerNames = Self.swiftNames(machine.triggers)
    }

    /// Case names, unique, with a suffix every name shares dropped (`ApproveCustomerCommand` → `approveCustomer`).
    private static func swiftNames(_ values: [String], droppingSuffix suffix: String? = nil) -> [String: String] {
        let dropsSuffix = suffix.map { suffix in values.allSatisfy { $0.hasSuffix(suffix) && $0.count > suffix.count } } ?? false
        var scope = SwiftNaming.Scope()
        var result: [String: String] = [:]
        for value in values {
            result[value] = scope.claim(SwiftNaming.memberName(dropsSuffix ? String(value.dropLast(suffix!.count)) : value))
        }
        return result
    }

    /// - Parameter header: `specFile`, `apiTitle` and `apiVersion`, escaped for a comment line.
    func make(header: [String: String]) -> [String: Any] {
        let union = machine.commandUnion.flatMap { model.componentTypeNames[$0] }
        let discriminator = machine.commandUnion.flatMap { model.schemas[$0]?.discriminator?.propertyName }
        let subject = self.subject
        let values: [String: Any] = [
            "lifecycleName": machine.lifecycleTypeName,
            "typeName": machine.typeName,
            "subject": subject,
            "subjectWithArticle": withArticle,
            "docLines": lines("The lifecycle of ``\(machine.typeName)`` (`x-state-machine` in the spec): \(stateSource()), the commands that move \(withArticle) between them, and which commands each state allows."),
            "stateDocLines": lines("A state of \(withArticle)\(machine.property.map { ", as `\($0)` holds it" } ?? "")."),
            "commandDocLines": lines(union.map { "A command that changes the state of \(withArticle): the `\(discriminator ?? "discriminator")` of a ``\($0)``." } ?? "A command that changes the state of \(withArticle)."),
            "states": machine.states.map(stateContext),
            "commands": machine.commands.map(commandContext),
            "hasTriggers": !machine.triggers.isEmpty,
            "triggers": machine.triggers.map(triggerContext),
            "initialState": machine.initial.map { ["caseName": stateNames[$0]!] } ?? false,
            "isTerminalExpression": machine.terminal.isEmpty ? "false" : list(machine.terminal.map { stateNames[$0]! }) + ".contains(self)",
            "transitions": machine.transitions.map { transition in
                ["eventExpression": eventExpression(transition.event), "fromList": list(transition.from.map { stateNames[$0]! }), "toCase": stateNames[transition.to]!]
            },
            "commandSteps": steps { if case .command(let name) = $0 { commandNames[name] } else { nil } },
            "triggerSteps": steps { if case .trigger(let name) = $0 { triggerNames[name] } else { nil } },
            "commandsHaveForbiddenPairs": hasForbiddenPairs(machine.commands.map(StateMachine.Event.command)),
            "triggersHaveForbiddenPairs": hasForbiddenPairs(machine.triggers.map(StateMachine.Event.trigger)),
            "creations": creations(),
            "nonCreatingCommandList": nonCreatingCommands().isEmpty ? false : nonCreatingCommands().map { "." + $0 }.joined(separator: ", "),
            "stateAccessor": stateAccessor() ?? false,
        ]
        return values.merging(header) { own, _ in own }
    }

    /// The object in prose, from its Swift type name (an identifier, so safe in a comment): `BankAccount` → `bank account`.
    private var subject: String {
        var words = ""
        for character in machine.typeName {
            if character.isUppercase, let last = words.last, last.isLowercase || last.isNumber { words.append(" ") }
            words.append(character)
        }
        return words.lowercased()
    }

    /// `a client`, `an account`.
    private var withArticle: String {
        ("aeiou".contains(subject.prefix(1)) ? "an " : "a ") + subject
    }

    private func stateSource() -> String {
        machine.property.map { "the states of `\($0)`" } ?? "its states"
    }

    // MARK: - Cases

    private func stateContext(_ state: String) -> [String: Any] {
        var notes: [String] = []
        if state == machine.initial { notes.append("The state of a new \(subject).") }
        if machine.terminal.contains(state) { notes.append("Terminal: no command leaves it.") }
        if let actions = machine.allowedActions[state] {
            notes.append("Allowed actions: \(actions.isEmpty ? "none" : actions.joined(separator: ", ")).")
        }
        return [
            "caseName": stateNames[state]!,
            "rawLiteral": literal(state),
            "docLines": notes.isEmpty ? [] : lines(notes.joined(separator: " ")),
            "allowedCommandList": list(allowedCommands(in: state).map { commandNames[$0]! }),
        ]
    }

    private func commandContext(_ command: String) -> [String: Any] {
        ["caseName": commandNames[command]!, "rawLiteral": literal(command), "docLines": lines(eventSummary(.command(command)))]
    }

    private func triggerContext(_ trigger: String) -> [String: Any] {
        ["caseName": triggerNames[trigger]!, "rawLiteral": literal(trigger), "docLines": lines(eventSummary(.trigger(trigger)))]
    }

    /// `Approve Client: Pending Approval → Approved.`, one clause per transition of the event.
    private func eventSummary(_ event: StateMachine.Event) -> String {
        let rows = machine.transitions.filter { $0.event == event }
        let action = rows.lazy.compactMap(\.action).first
        let moves = rows.map { row in
            row.from.isEmpty ? "creates \(withArticle) in \(row.to)" : "\(row.from.joined(separator: ", ")) → \(row.to)"
        }
        return (action.map { "\($0): " } ?? "") + moves.joined(separator: "; ") + "."
    }

    // MARK: - Transition table

    private func allowedCommands(in state: String) -> [String] {
        machine.commands.filter { command in
            machine.transitions.contains { $0.event == .command(command) && $0.from.contains(state) }
        }
    }

    /// One `case` per transition row: `(.approved, .blacklistCustomer), (.active, .blacklistCustomer)`.
    private func steps(_ caseName: (StateMachine.Event) -> String?) -> [[String: Any]] {
        machine.transitions.compactMap { transition in
            guard !transition.from.isEmpty, let event = caseName(transition.event) else { return nil }
            let patterns = transition.from.map { "(.\(stateNames[$0]!), .\(event))" }.joined(separator: ", ")
            return ["patterns": patterns, "toCase": stateNames[transition.to]!]
        }
    }

    /// Whether some state does not allow some event: only then does the `switch` need a `default`.
    private func hasForbiddenPairs(_ events: [StateMachine.Event]) -> Bool {
        let allowed = Set(machine.transitions.flatMap { transition in transition.from.map { "\(transition.event)|\($0)" } })
        return events.contains { event in machine.states.contains { !allowed.contains("\(event)|\($0)") } }
    }

    private func creations() -> [[String: Any]] {
        var byState: [(state: String, commands: [String])] = []
        for transition in machine.transitions where transition.from.isEmpty {
            guard case .command(let name) = transition.event else { continue }
            if let index = byState.firstIndex(where: { $0.state == transition.to }) {
                byState[index].commands.append(name)
            } else {
                byState.append((transition.to, [name]))
            }
        }
        return byState.map { ["commandList": $0.commands.map { "." + commandNames[$0]! }.joined(separator: ", "), "toCase": stateNames[$0.state]!] }
    }

    private func nonCreatingCommands() -> [String] {
        let creating = Set(machine.transitions.filter(\.from.isEmpty).map(\.event))
        return machine.commands.filter { !creating.contains(.command($0)) }.map { commandNames[$0]! }
    }

    /// `Client.lifecycleState`, when the state property is a `String` or a string enumeration.
    private func stateAccessor() -> [String: Any]? {
        guard let wireName = machine.property,
            let declaration = model.types.first(where: { $0.name == machine.typeName }),
            case .structure(let structure) = declaration.kind,
            let property = structure.properties.first(where: { $0.wireName == wireName }),
            !structure.properties.contains(where: { SwiftNaming.unescaped($0.swiftName) == "lifecycleState" })
        else { return nil }
        let isEnumeration: Bool
        switch property.type {
        case .string:
            isEnumeration = false
        case .named(let name):
            guard let type = model.types.first(where: { $0.name == name }), case .stringEnumeration = type.kind else { return nil }
            isEnumeration = true
        default:
            return nil
        }
        let rawValue = isEnumeration ? ".rawValue" : ""
        let state = "\(machine.lifecycleTypeName).State(rawValue: "
        let readExpression = property.isOptional
            ? "\(property.optionalValue).flatMap { \(state)$0\(rawValue)) }"
            : "\(state)\(property.swiftName)\(rawValue))"
        return ["propertyName": SwiftNaming.unescaped(property.swiftName), "readExpression": readExpression]
    }

    // MARK: - Spelling

    private func eventExpression(_ event: StateMachine.Event) -> String {
        switch event {
        case .command(let name): ".command(.\(commandNames[name]!))"
        case .trigger(let name): ".trigger(.\(triggerNames[name]!))"
        }
    }

    private func list(_ caseNames: [String]) -> String {
        "[" + caseNames.map { "." + $0 }.joined(separator: ", ") + "]"
    }

    private func literal(_ text: String) -> String {
        "\"\(SwiftEscaping.stringLiteralContent(text))\""
    }

    private func lines(_ text: String) -> [String] {
        DocComment.lines(Documentation(description: text))
    }
}
