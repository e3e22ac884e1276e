import BankLingo
import Foundation
import SpecwrightClient
import Testing

@Suite struct BankLingoClientTests {
    @Test(arguments: Transport.allCases)
    func everyCommandAndQueryAgainstTheSpec(_ transport: Transport) async throws {
        try await runAgainstSpecServer(
            provider: "BankLingo", expectedRequests: 6, credentials: AcceptedCredentials(schemes: ["bearerAuth": .bearerToken("tenant-jwt")])
        ) { url, spec in
            let client = BankLingoClient(serverURL: url, transport: transport.transport, authentication: .bearerAuth(token: "tenant-jwt"))
            return [
                caseName(try await client.createContact(try spec.requestExample(CreateContactCommand.self, operationID: "executeClientCommand", named: "createContact").data)),
                caseName(try await client.approveCustomer(try spec.requestExample(ApproveCustomerCommand.self, operationID: "executeClientCommand", named: "approveCustomer").data)),
                caseName(try await client.rejectCustomer(try spec.requestExample(RejectCustomerCommand.self, operationID: "executeClientCommand", named: "rejectCustomer").data)),
                caseName(try await client.blacklistCustomer(try spec.requestExample(BlacklistCustomerCommand.self, operationID: "executeClientCommand", named: "blacklistCustomer").data)),
                caseName(try await client.undoBlacklistCustomer(try spec.requestExample(UndoBlacklistCustomerCommand.self, operationID: "executeClientCommand", named: "undoBlacklistCustomer").data)),
                caseName(try await client.executeClientQuery(body: try spec.requestExample(ClientQuery.self, operationID: "executeClientQuery"))),
            ]
        }
    }
}
