import Foundation
import Prozora
import SpecwrightClient
import Testing

@Suite struct ProzoraClientTests {
    @Test(arguments: Transport.allCases)
    func everyOperationAgainstTheSpec(_ transport: Transport) async throws {
        // The spec accepts a bearer JWT or an `X-Auth-Token` key: each transport uses one of the alternatives.
        let authentication: ProzoraAuthentication = transport == .urlSession ? .bearerJwt(token: "employee-jwt") : try .authToken("user-token")
        try await runAgainstSpecServer(
            provider: "Prozora", expectedRequests: 6,
            credentials: AcceptedCredentials(schemes: ["BearerJWT": .bearerToken("employee-jwt"), "AuthToken": .apiKey("user-token")])
        ) { url, spec in
            let client = ProzoraClient(serverURL: url, transport: transport.transport, authentication: authentication)
            let counterparty = UUID(), customer = UUID()
            var cases = [
                caseName(try await client.createCustomer(counterpartyGuid: counterparty, body: try spec.requestExample(CreateCustomerRequest.self, operationID: "createCustomer"))),
                caseName(try await client.listCustomers(counterpartyGuid: counterparty, logins: ["+380501234567", "a b&c"], kycLevels: [1, 2], isDisabled: false, offset: 0, limit: 20)),
                caseName(try await client.updateCustomer(counterpartyGuid: counterparty, customerGuid: customer, body: UpdateCustomerRequest(isDisabled: false, kycLevel: 2, name: "Olena"))),
                caseName(try await client.listCustomerAccounts(counterpartyGuid: counterparty, customerGuid: customer)),
                caseName(try await client.getAccount(counterpartyGuid: counterparty, accountGuid: UUID())),
            ]
            var pages = 0
            for try await _ in client.listCustomersPages(ListCustomersInput(counterpartyGuid: counterparty, limit: 20)) { pages += 1 }
            cases.append(pages == 1 ? "ok" : "pages: \(pages)")
            return cases
        }
    }
}
