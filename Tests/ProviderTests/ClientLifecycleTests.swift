import BankLingo
import Foundation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// BankLingo's client lifecycle, as its documentation (../shared/seeds/banklingo-clients.txt) gives it,
/// through the code generated from the spec's `x-state-machine`.
struct ClientLifecycleTests {
    typealias State = ClientLifecycle.State
    typealias Command = ClientLifecycle.Command

    /// The seed's "State Change Commands" table, row by row (transcribed, not derived from the generated code).
    /// The row "First Transaction | Automatic | Approved | Active" is the trigger, tested below.
    static let commandRows: [(command: Command, wireName: String, from: [State], to: State)] = [
        (.createContact, "CreateContactCommand", [], .pendingApproval),
        (.approveCustomer, "ApproveCustomerCommand", [.pendingApproval], .approved),
        (.rejectCustomer, "RejectCustomerCommand", [.pendingApproval], .rejected),
        (.blacklistCustomer, "BlacklistCustomerCommand", [.approved, .active], .blackListed),
        (.undoBlacklistCustomer, "UndoBlacklistCustomerCommand", [.blackListed], .pendingApproval),
    ]

    static var allowedPairs: [(State, Command, State)] {
        commandRows.flatMap { row in row.from.map { ($0, row.command, row.to) } }
    }

    static var forbiddenPairs: [(State, Command)] {
        State.allCases.flatMap { state in
            Command.allCases.filter { command in !allowedPairs.contains { $0.0 == state && $0.1 == command } }.map { (state, $0) }
        }
    }

    @Test func seedTableIsTheGeneratedTable() {
        #expect(Command.allCases == Self.commandRows.map(\.command))
        #expect(Command.allCases.map(\.rawValue) == Self.commandRows.map(\.wireName))
        #expect(State.allCases.map(\.rawValue) == ["Pending Approval", "Approved", "Active", "Rejected", "BlackListed", "Exited"])
        let commandTransitions = ClientLifecycle.transitions.filter { if case .command = $0.event { true } else { false } }
        #expect(commandTransitions.map(\.event) == Self.commandRows.map { .command($0.command) })
        #expect(commandTransitions.map(\.from) == Self.commandRows.map(\.from))
        #expect(commandTransitions.map(\.to) == Self.commandRows.map(\.to))
        #expect(ClientLifecycle.initialState == .pendingApproval)
    }

    @Test(arguments: allowedPairs.map { [$0.0.rawValue, $0.1.rawValue, $0.2.rawValue] })
    func allowedCommandMovesTheClient(_ pair: [String]) throws {
        let (state, command, target) = (State(rawValue: pair[0])!, Command(rawValue: pair[1])!, State(rawValue: pair[2])!)
        #expect(state.allows(command))
        #expect(state.allowedCommands.contains(command))
        #expect(try state.applying(command) == target)
    }

    @Test(arguments: forbiddenPairs.map { [$0.0.rawValue, $0.1.rawValue] })
    func forbiddenCommandThrowsNamingStateCommandAndAllowedCommands(_ pair: [String]) {
        let (state, command) = (State(rawValue: pair[0])!, Command(rawValue: pair[1])!)
        #expect(!state.allows(command))
        let allowed = Self.allowedPairs.filter { $0.0 == state }.map(\.1)
        #expect(state.allowedCommands == allowed)
        do {
            let next = try state.applying(command)
            Issue.record("\(command) in \(state) gave \(next)")
        } catch {
            #expect(error.state == state)
            #expect(error.event == .command(command))
            #expect(error.allowedCommands == allowed)
            let names = allowed.isEmpty ? "none" : allowed.map(\.rawValue).joined(separator: ", ")
            #expect(error.description == "\(command.rawValue) is not allowed in state \(state.rawValue); allowed commands: \(names)")
        }
    }

    @Test func everyPairIsEitherAllowedOrForbidden() {
        #expect(Self.allowedPairs.count == 5)
        #expect(Self.forbiddenPairs.count == State.allCases.count * Command.allCases.count - 5)
    }

    /// The seed's "State Descriptions": the commands behind each state's allowed actions (View, Update and
    /// Create Accounts are not state changes).
    @Test func allowedActionsOfTheSeedAreTheAllowedCommands() {
        #expect(State.pendingApproval.allowedCommands == [.approveCustomer, .rejectCustomer])  // Approve, Reject
        #expect(State.approved.allowedCommands == [.blacklistCustomer])  // Create Accounts, Blacklist
        #expect(State.active.allowedCommands == [.blacklistCustomer])  // View, Update, Blacklist
        #expect(State.rejected.allowedCommands == [])  // View only
        #expect(State.blackListed.allowedCommands == [.undoBlacklistCustomer])  // Remove from Blacklist
        #expect(State.exited.allowedCommands == [])  // View only (archived)
        #expect(State.allCases.filter(\.isTerminal) == [.rejected, .exited])
    }

    @Test func creatingAClientStartsInPendingApproval() {
        #expect(Command.createContact.createdState == .pendingApproval)
        #expect(Command.allCases.filter { $0.createdState != nil } == [.createContact])
        #expect(State.allCases.allSatisfy { !$0.allows(.createContact) })
    }

    @Test func firstTransactionActivatesAnApprovedClientOnly() throws {
        #expect(try State.approved.applying(.firstTransaction) == .active)
        for state in State.allCases where state != .approved {
            #expect(throws: ClientLifecycle.ForbiddenTransition.self) { try state.applying(.firstTransaction) }
        }
    }

    @Test func aDecodedClientKnowsItsLifecycleState() throws {
        let fixture = TestPaths.repositoryRoot.appendingPathComponent("Tests/ProviderTests/Fixtures/BankLingo/valid/client-active.json")
        let payload = try JSONValue(parsing: Data(contentsOf: fixture))["payload"]
        let client = try JSONDecoder().decode(Client.self, from: JSONEncoder().encode(try #require(payload)))
        #expect(client.lifecycleState == .active)
        #expect(try client.lifecycleState?.applying(.blacklistCustomer) == .blackListed)
        var changed = client
        changed.clientStateDescription = .undocumented("Dormant")
        #expect(changed.lifecycleState == nil)
    }

    @Test func seedDocumentsTheSameLifecycle() throws {
        guard let seed = try TestPaths.shared("seeds/banklingo-clients.txt") else { return }
        let text = try String(contentsOf: seed, encoding: .utf8)
        for row in Self.commandRows {
            #expect(text.contains(row.wireName))
        }
        for state in State.allCases {
            #expect(text.contains(state.rawValue))
        }
    }
}
