import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import Testing

/// `x-state-machine` becomes `<Type>Lifecycle.swift`: what the file holds, and how it adapts to the lifecycle.
struct StateMachineRenderingTests {
    @Test func rendersTheTransitionTableAsSwitchCases() throws {
        let source = try renderLifecycle()
        #expect(source.contains("""
                public enum State: String, CaseIterable, Codable, Hashable, Sendable {
                    /// The state of a new account. Allowed actions: Close.
                    case `open` = "Open"
                    /// Terminal: no command leaves it.
                    case closed = "Closed"
                    case frozen = "Frozen"
                }
            """))
        #expect(source.contains("""
                public enum Command: String, CaseIterable, Codable, Hashable, Sendable {
                    /// Open Account: creates an account in Open.
                    case create = "CreateCommand"
                    /// Freeze: Open → Frozen.
                    case freeze = "FreezeCommand"
                    /// Open, Frozen → Closed.
                    case close = "CloseCommand"
                }
            """))
        #expect(source.contains("        Transition(event: .command(.close), from: [.`open`, .frozen], to: .closed),\n"))
        #expect(source.contains("        case (.`open`, .close), (.frozen, .close): return .closed\n"))
        #expect(source.contains("        default: throw AccountLifecycle.ForbiddenTransition(state: self, event: .command(command), allowedCommands: allowedCommands)\n"))
        #expect(source.contains("        case .`open`: [.freeze, .close]\n        case .closed: []\n        case .frozen: [.close]\n"))
        #expect(source.contains("        case .create: .`open`\n        case .freeze, .close: nil\n"))
        #expect(source.contains("        [.closed].contains(self)\n"))
        #expect(source.contains("extension Account {\n"))
        #expect(source.contains("        status.flatMap { AccountLifecycle.State(rawValue: $0.rawValue) }\n"))
    }

    @Test func leavesOutWhatTheLifecycleDoesNotHave() throws {
        // No trigger, no terminal state, no initial state, a state property that is not a string.
        let source = try renderLifecycle("""
              properties:
                status: {type: integer}
              x-state-machine:
                property: status
                states: [Open, Closed]
                transitions:
                  - {command: CreateCommand, from: [], to: Open}
                  - {command: CloseCommand, from: [Open], to: Closed}
            """)
        #expect(!source.contains("Trigger"))
        #expect(!source.contains("initialState"))
        #expect(!source.contains("extension Account {"))
        #expect(source.contains("    public var isTerminal: Bool {\n        false\n    }"))
    }

    @Test func omitsTheDefaultCaseWhenEveryPairIsAllowed() throws {
        let source = try renderLifecycle("""
              x-state-machine:
                states: [On, Off]
                transitions:
                  - {command: ToggleCommand, from: [On], to: Off}
                  - {command: ToggleCommand, from: [Off], to: On}
            """)
        #expect(source.contains("        switch (self, command) {\n        case (.on, .toggle): return .off\n        case (.off, .toggle): return .on\n        }\n"))
        #expect(!source.contains("default:"))
    }

    @Test func specTextIsEscapedInLiteralsAndComments() throws {
        let source = try renderLifecycle(#"""
              x-state-machine:
                states: ['Say "hi" \ bye', Done]
                transitions:
                  - {command: "Finish", action: "Finish\n*/ now", from: ['Say "hi" \ bye'], to: Done}
            """#)
        #expect(source.contains(#"case sayHiBye = "Say \"hi\" \\ bye""#))
        #expect(source.contains("        /// Finish\n        /// */ now: Say \"hi\" \\ bye → Done.\n"))
    }

    @Test func lifecycleNameDoesNotCollideWithASchema() throws {
        let files = try render("""
            AccountLifecycle: {type: string}
            Account:
              type: object
              x-state-machine:
                states: [Open]
                transitions: [{command: OpenCommand, from: [], to: Open}]
            """)
        #expect(files.map(\.path).contains("AccountLifecycle2.swift"))
        #expect(files.first { $0.path == "AccountLifecycle2.swift" }?.contents.contains("public enum AccountLifecycle2 {") == true)
    }

    private static let account = """
          properties:
            status: {$ref: '#/components/schemas/AccountStatus'}
          x-state-machine:
            property: status
            states: [Open, Closed, Frozen]
            initial: Open
            terminal: [Closed]
            transitions:
              - {command: CreateCommand, action: Open Account, from: [], to: Open}
              - {command: FreezeCommand, action: Freeze, from: [Open], to: Frozen}
              - {command: CloseCommand, from: [Open, Frozen], to: Closed}
            allowedActions:
              Open: [Close]
        """

    private func renderLifecycle(_ account: String = Self.account) throws -> String {
        let files = try render("""
            AccountStatus: {type: string, enum: [Open, Closed, Frozen]}
            Account:
              type: object
            \(account)
            """)
        return try #require(files.first { $0.path == "AccountLifecycle.swift" }).contents
    }

    private func render(_ schemas: String) throws -> [GeneratedFile] {
        let indented = schemas.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        let text = """
            openapi: 3.1.0
            info: {title: Lifecycle, version: "1"}
            paths: {}
            components:
              schemas:
            \(indented)
            """
        let model = try ModelBuilder.build(try Spec.load(text: text, path: "/lifecycle/spec.yaml"))
        return try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: "spec.yaml")
    }
}
