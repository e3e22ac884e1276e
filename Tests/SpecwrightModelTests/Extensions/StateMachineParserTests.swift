import SpecwrightModel
import SpecwrightReader
import SpecwrightTestSupport
import Testing

/// `x-state-machine` is read into a typed ``StateMachine``; malformed content gives located warnings.
struct StateMachineParserTests {
    @Test func readsBankLingosClientLifecycle() throws {
        let path = TestPaths.repositoryRoot.appendingPathComponent("specs/banklingo.yaml").standardizedFileURL.path
        let model = try ModelBuilder.build(try Spec.load(fileAt: path))
        let machine = try #require(model.stateMachines.first)
        #expect(model.stateMachines.count == 1)
        #expect(machine.schemaName == "Client")
        #expect(machine.typeName == "Client")
        #expect(machine.lifecycleTypeName == "ClientLifecycle")
        #expect(machine.property == "clientStateDescription")
        #expect(machine.commandUnion == "ClientCommand")
        #expect(machine.states == ["Pending Approval", "Approved", "Active", "Rejected", "BlackListed", "Exited"])
        #expect(machine.initial == "Pending Approval")
        #expect(machine.terminal == ["Rejected", "Exited"])
        #expect(machine.commands == [
            "CreateContactCommand", "ApproveCustomerCommand", "RejectCustomerCommand", "BlacklistCustomerCommand",
            "UndoBlacklistCustomerCommand",
        ])
        #expect(machine.triggers == ["FirstTransaction"])
        #expect(machine.transitions.map(\.from) == [
            [], ["Pending Approval"], ["Pending Approval"], ["Approved", "Active"], ["BlackListed"], ["Approved"],
        ])
        #expect(machine.transitions.map(\.to) == ["Pending Approval", "Approved", "Rejected", "BlackListed", "Pending Approval", "Active"])
        #expect(machine.transitions.first?.action == "Create Client")
        #expect(machine.allowedActions["Active"] == ["View", "Update", "Blacklist"])
        // The spec documents that no command leads to Exited.
        let warnings = model.diagnostics.filter { $0.message.contains("state `") }
        #expect(warnings.map(\.description) == [
            "\(path):964:13: warning: state `Exited` is unreachable: no transition leads to it from `Pending Approval`",
        ])
    }

    @Test func wellFormedLifecycleHasNoWarnings() throws {
        let (machine, warnings) = try parse(Self.lifecycle())
        #expect(warnings.isEmpty)
        #expect(machine?.commands == ["CreateCommand", "CloseCommand"])
    }

    @Test(arguments: [
        (Self.lifecycle(states: "[Open, Closed, Open]"), "3", "state `Open` is listed twice"),
        (Self.lifecycle(states: "[Open, Closed, Dormant]"), "3", "state `Dormant` is unreachable: no transition leads to it from `Open`"),
        (Self.lifecycle(initial: "Pending"), "4", "`initial` must be one of the `states`, not `Pending`; ignored"),
        (Self.lifecycle(terminal: "[Closed, Gone]"), "5", "`terminal` lists `Gone`, which is not one of the `states`; ignored"),
        (Self.lifecycle(closeFrom: "[Open, Frozen]"), "11", "`from` lists `Frozen`, which is not one of the `states`; ignored"),
        (Self.lifecycle(closeTo: "Archived"), "12", "transition `CloseCommand`: `to` must be one of the `states`, not `Archived`; ignored"),
        (Self.lifecycle(closeCommand: "DeleteCommand"), "10", "command `DeleteCommand` is not one of the commands of `AccountCommand` (CreateCommand, CloseCommand); transition ignored"),
        (Self.lifecycle(extra: "- {command: CloseCommand, from: [Open], to: Closed}"), "13", "transition `CloseCommand` from `Open` repeats the one at line 21 (to `Closed`); ignored"),
        (Self.lifecycle(extra: "- {command: CloseCommand, from: [Open], to: Open}"), "13", "transition `CloseCommand` from `Open` contradicts the one at line 21 (to `Closed`); ignored"),
        (Self.lifecycle(extra: "- {command: CloseCommand, from: [Closed], to: Open}"), "13", "transition `CloseCommand` leaves `Closed`, which `terminal` says no event leaves"),
        (Self.lifecycle(extra: "- {command: CloseCommand, trigger: Timeout, from: [Open], to: Closed}"), "13", "a transition needs exactly one of `command` and `trigger`; ignored"),
        (Self.lifecycle(extra: "- {trigger: Timeout, from: [Open], to: Closed}"), "13", "a `trigger` transition should say `automatic: true`; read as automatic"),
        (Self.lifecycle(extra: "- {command: CloseCommand, form: [Open], to: Closed}"), "13", "a transition has an unknown key `form`; ignored"),
        (Self.lifecycle(property: "state"), "2", "`property` names `state`, which is not a property of the schema (`status`); ignored"),
        (Self.lifecycle(states: "[Open, Closed, Frozen]", extra: "- {command: CloseCommand, from: [Frozen], to: Closed}"), "2", "`states` and the values of `status` differ (states not in its enum: Frozen)"),
    ])
    func malformedContentIsALocatedWarning(_ yaml: String, line: String, message: String) throws {
        let (_, warnings) = try parse(yaml)
        #expect(warnings.contains("/lifecycle/spec.yaml:\(Self.firstLine + Int(line)! - 1):") { $0.message == message }, "\(warnings)")
    }

    @Test(arguments: [
        ("x-state-machine: [Open]", "`x-state-machine` must be an object; ignored"),
        ("x-state-machine: {states: []}", "`x-state-machine` needs `states`, a non-empty list of state names; ignored"),
        ("x-state-machine: {states: [Open], transitions: [{trigger: T, automatic: true, from: [Open], to: Open}]}", "`x-state-machine` has no transition through a command; ignored"),
    ])
    func unusableExtensionIsIgnoredWithAWarning(_ yaml: String, message: String) throws {
        let (machine, warnings) = try parse(yaml)
        #expect(machine == nil)
        #expect(warnings.contains { $0.message == message }, "\(warnings)")
    }

    @Test func withoutACommandUnionCommandsAreKeptUnchecked() throws {
        let (machine, warnings) = try parse(Self.lifecycle(), unions: "")
        #expect(machine?.commands == ["CreateCommand", "CloseCommand"])
        #expect(machine?.commandUnion == nil)
        #expect(warnings.map(\.message) == [
            "no component schema with a discriminator lists the commands (CreateCommand, CloseCommand); commands not checked (name the union with `commandUnion`)",
        ])
    }

    // MARK: - Fixture

    /// The line of `x-state-machine:` in the spec `parse` builds (line numbers in the arguments count from it).
    static let firstLine = 12

    /// An account lifecycle; each argument replaces one piece with a possibly malformed one.
    static func lifecycle(
        property: String = "status", states: String = "[Open, Closed]", initial: String = "Open", terminal: String = "[Closed]",
        closeCommand: String = "CloseCommand", closeFrom: String = "[Open]", closeTo: String = "Closed", extra: String = ""
    ) -> String {
        """
        x-state-machine:
          property: \(property)
          states: \(states)
          initial: \(initial)
          terminal: \(terminal)
          transitions:
            - command: CreateCommand
              from: []
              to: Open
            - command: \(closeCommand)
              from: \(closeFrom)
              to: \(closeTo)
            \(extra)
        """
    }

    private static let unionSchemas = """
            AccountCommand:
              oneOf: [{$ref: '#/components/schemas/CreateCommand'}, {$ref: '#/components/schemas/CloseCommand'}]
              discriminator:
                propertyName: name
                mapping: {CreateCommand: '#/components/schemas/CreateCommand'}
            CreateCommand: {type: object, properties: {name: {type: string}}}
            CloseCommand: {type: object, properties: {name: {type: string}}}
        """

    private func parse(_ machine: String, unions: String = Self.unionSchemas) throws -> (StateMachine?, [Diagnostic]) {
        let indented = machine.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
        let text = """
            openapi: 3.1.0
            info: {title: Lifecycle, version: "1"}
            paths: {}
            components:
              schemas:
                AccountStatus: {type: string, enum: [Open, Closed]}
                Account:
                  type: object
                  properties:
                    status: {$ref: '#/components/schemas/AccountStatus'}
                  required: [status]
            \(indented)
            \(unions)
            """
        let model = try ModelBuilder.build(try Spec.load(text: text, path: "/lifecycle/spec.yaml"))
        return (model.stateMachines.first, model.diagnostics)
    }
}

extension Array where Element == Diagnostic {
    fileprivate func contains(_ locationPrefix: String, where matches: (Diagnostic) -> Bool) -> Bool {
        contains { $0.description.hasPrefix(locationPrefix) && matches($0) }
    }
}
