import Testing
@testable import SpecwrightLint

/// Lint reports what the model's reading of `x-state-machine` warns about, under the two rules' IDs.
@Suite struct StateMachineRuleTests {
    static let account = """
    components:
      schemas:
        Command:
          oneOf: [{$ref: '#/components/schemas/OpenCommand'}, {$ref: '#/components/schemas/CloseCommand'}]
          discriminator: {propertyName: name}
        OpenCommand: {type: object, properties: {name: {type: string}}}
        CloseCommand: {type: object, properties: {name: {type: string}}}
        Account:
          type: object
          properties: {status: {type: string, enum: [Pending, Open, Closed]}}
          x-state-machine:
            property: status
            states: [Pending, Open, Closed]
            initial: Pending
            terminal: [Closed]
            transitions:
              - {command: OpenCommand, from: [Pending], to: Open}
              - {command: CloseCommand, from: [Open], to: Closed}

    """

    @Test func aWellFormedLifecycleHasNoFindings() throws {
        #expect(try LintSnippet.lines(StateMachineConsistent.self, Self.account).isEmpty)
        #expect(try LintSnippet.lines(StateMachineReachable.self, Self.account).isEmpty)
    }

    @Test func stateMachineConsistent() throws {
        let flagged = Self.account
            .replacingOccurrences(of: "command: CloseCommand, from: [Open]", with: "command: ShutCommand, from: [Opened]")
            .replacingOccurrences(of: "property: status", with: "property: state")
        #expect(try LintSnippet.lines(StateMachineConsistent.self, flagged) == [
            "14:19: `property` names `state`, which is not a property of the schema (`status`); ignored",
            "20:43: `from` lists `Opened`, which is not one of the `states`; ignored",
            "20:13: command `ShutCommand` is not one of the commands of `Command` (OpenCommand, CloseCommand); transition ignored",
        ])
    }

    @Test func stateMachineStatesMatchThePropertysEnum() throws {
        let flagged = Self.account.replacingOccurrences(of: "enum: [Pending, Open, Closed]", with: "enum: [Pending, Open, Closed, Frozen]")
        #expect(try LintSnippet.lines(StateMachineConsistent.self, flagged) == [
            "14:19: `states` and the values of `status` differ (enum values that are not states: Frozen)",
        ])
    }

    @Test func stateMachineReachable() throws {
        let flagged = Self.account.replacingOccurrences(of: "from: [Pending], to: Open", with: "from: [Open], to: Open")
        #expect(try LintSnippet.lines(StateMachineReachable.self, flagged) == [
            "15:27: state `Open` is unreachable: no transition leads to it from `Pending`",
            "15:33: state `Closed` is unreachable: no transition leads to it from `Pending`",
        ])
        #expect(try LintSnippet.lines(StateMachineConsistent.self, flagged).isEmpty)
    }
}
