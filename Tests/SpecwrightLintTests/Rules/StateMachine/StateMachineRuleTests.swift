import Testing
@testable import SpecwrightLint

@Suite struct StateMachineRuleTests {
    static let account = """
    components:
      schemas:
        Command:
          type: object
          properties: {name: {type: string, enum: [OpenCommand, CloseCommand]}}
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

    @Test func stateMachineConsistent() throws {
        let flagged = Self.account
            .replacingOccurrences(of: "command: CloseCommand, from: [Open]", with: "command: ShutCommand, from: [Opened]")
            .replacingOccurrences(of: "property: status", with: "property: state")
        #expect(try LintSnippet.lines(StateMachineConsistent.self, flagged) == [
            "12:19: state property `state` is not a property of the schema",
            "18:43: transition source `Opened` is not one of the listed states",
            "18:23: command `ShutCommand` is not defined in the spec (no enum, const or discriminator value names it)",
        ])
        #expect(try LintSnippet.lines(StateMachineConsistent.self, Self.account).isEmpty)
    }

    @Test func stateMachineStatesMatchThePropertysEnum() throws {
        let flagged = Self.account.replacingOccurrences(of: "enum: [Pending, Open, Closed]", with: "enum: [Pending, Open, Closed, Frozen]")
        #expect(try LintSnippet.lines(StateMachineConsistent.self, flagged) == ["12:19: `status` allows `Frozen`, which is not one of the listed states"])
    }

    @Test func stateMachineReachable() throws {
        let flagged = Self.account.replacingOccurrences(of: "from: [Pending], to: Open", with: "from: [Open], to: Open")
        #expect(try LintSnippet.lines(StateMachineReachable.self, flagged) == [
            "13:27: state `Open` cannot be reached from the initial state",
            "13:33: state `Closed` cannot be reached from the initial state",
        ])
        #expect(try LintSnippet.lines(StateMachineReachable.self, Self.account).isEmpty)
    }
}
