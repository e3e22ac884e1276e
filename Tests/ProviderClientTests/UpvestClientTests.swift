import Foundation
import HTTPTypes
import SpecwrightClient
import SpecwrightValidation
import Testing

import SpecwrightTestSupport
import Upvest

@Suite struct UpvestClientTests {
    static let signature = "sig1=:K2qGT5srn2OGbOIDzQ6kYT+ruaycnDAAUpKv+ePFfD0=:"
    static let signatureInput = #"sig1=("@method" "@path" "upvest-client-id");created=1618884473;keyid="test-key""#

    @Test(arguments: Transport.allCases)
    func everyOperationAgainstTheSpec(_ transport: Transport) async throws {
        try await runAgainstSpecServer(provider: "Upvest", expectedRequests: 7) { url, spec in
            let client = UpvestClient(serverURL: url, transport: transport.transport)
            let clientID = UUID(), accountID = UUID()
            var cases = [
                caseName(try await client.listUserAccounts(userId: UUID(), upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput, sort: .createdAt, order: .asc, offset: 0, limit: 100)),
                caseName(try await client.retrieveAccount(accountId: accountID, upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput)),
                caseName(try await client.updateAccount(accountId: accountID, upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput, body: try spec.requestExample(AccountUpdateRequest.self, operationID: "update_account"))),
                caseName(try await client.accountClosure(accountId: accountID, upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput)),
                caseName(try await client.listAccounts(upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput, limit: 10)),
                caseName(try await client.createAccount(upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput, idempotencyKey: UUID(), body: try spec.requestExample(AccountCreateRequest.self, operationID: "create_account"))),
            ]
            // The example page holds 1 of `total_count` 1: one page.
            var pages = 0
            for try await _ in client.listAccountsPages(ListAccountsInput(upvestClientId: clientID, signature: Self.signature, signatureInput: Self.signatureInput)) {
                pages += 1
            }
            cases.append(pages == 1 ? "ok" : "pages: \(pages)")
            return cases
        }
    }

    @Test func webhookEventsParseOrReportEveryIssue() throws {
        let checker = try SpecRequestChecker(specFile: ProviderFixtures.specURL(provider: "Upvest"))
        let example = try #require(checker.model.webhooks.first?.requestBody?.contents.first?.examples.first)
        let body = try JSONBody.encode(JSONValue(example.value))
        let headers: HTTPFields = [HTTPField.Name("signature")!: Self.signature, HTTPField.Name("signature-input")!: Self.signatureInput]
        let event = try AccountEventWebhook.parse(body: body, headers: headers).get()
        #expect(event.id == UUID(uuidString: "56510309-d9de-4730-9b5b-4a0ed047f3a9"))

        guard case .failure(let error) = AccountEventWebhook.parse(body: Data(#"{"id": "not-a-uuid"}"#.utf8), headers: [:]) else {
            Issue.record("an invalid delivery parsed")
            return
        }
        #expect(error.issues.contains { $0.instanceLocation == "/header/signature" })
        #expect(error.issues.contains { $0.instanceLocation.hasPrefix("/body") })
    }
}
