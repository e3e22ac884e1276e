import Foundation
import SpecwrightClient
import Testing
import Tradevest

@Suite struct TradevestClientTests {
    @Test(arguments: Transport.allCases)
    func everyOperationAgainstTheSpec(_ transport: Transport) async throws {
        // OAuth 2.0 client credentials against the server's own token endpoint: one token request, then six calls.
        let issuer = TokenIssuer(path: "/oauth2/token", clientID: "tradevest-client", clientSecret: "s3cret")
        try await runAgainstSpecServer(
            provider: "Tradevest", expectedRequests: 7, credentials: AcceptedCredentials(schemes: ["Bearer": .oauth2(issuer)]), tokenIssuer: issuer
        ) { url, spec in
            let client = TradevestClient(
                serverURL: url, transport: transport.transport,
                authentication: .bearer(clientID: "tradevest-client", clientSecret: "s3cret", tokenURL: serverURL(url, path: "/oauth2/token")))
            let customerID = UUID()
            var cases = [
                caseName(try await client.createCustomer(body: CustomerData(entityId: UUID(), entityType: .naturalPerson, labels: ["vip"]))),
                caseName(try await client.getCustomers(limit: 20, customerStatus: .active, labels: ["a", "b"])),
                caseName(try await client.getCustomer(customerId: customerID)),
                caseName(try await client.updateCustomer(customerId: customerID, requestorId: UUID(), body: CustomerUpdate(labels: ["vip"]))),
            ]
            // The page's cursor comes back the same on the second page, which ends the sequence.
            var items = 0
            for try await _ in client.getCustomersItems(GetCustomersInput(limit: 1)) { items += 1 }
            cases.append(items > 0 ? "ok" : "no items")
            return cases
        }
        #expect(issuer.count == 1)
    }
}
