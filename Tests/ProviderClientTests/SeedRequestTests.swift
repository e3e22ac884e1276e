import Aquanow
import BankLingo
import Foundation
import HTTPTypes
import SpecwrightClient
import SpecwrightValidation
import Testing
import Tradevest
import Upvest

import SpecwrightTestSupport

/// The seeds' literal requests, reproduced by the generated builders: method, path (with the server's path),
/// query, headers and body. `Authorization` comes from the auth middlewares, not the builders.
@Suite struct SeedRequestTests {
    func seed(_ name: String) throws -> String? {
        guard let url = try TestPaths.shared("seeds/\(name)") else { return nil }
        return try String(contentsOf: url, encoding: .utf8)
    }

    func url(_ built: BuiltRequest, server: URL) throws -> URL {
        try #require(try built.urlRequest(baseURL: server).url)
    }

    @Test func aquanowGetCustomer() throws {
        guard let text = try seed("aquanow-cams-customers.txt") else { return }
        let example = try #require(SeedHTTPExample(in: text, requestLine: "GET /api/v1/customers/{customerId}"))
        let id = try #require(UUID(uuidString: "123e4567-e89b-12d3-a456-426614174000"))
        let built = try Aquanow.GetCustomerInput(customerId: id).makeRequest()
        let sent = try url(built, server: try AquanowClient.Server.production.url())
        #expect(built.request.method.rawValue == example.method)
        #expect(sent.host == example.header("Host"))
        #expect(sent.path == example.path.replacingOccurrences(of: "{customerId}", with: id.uuidString.lowercased()))
        #expect(built.body == nil)
    }

    /// The seed's request as the client sends it, `Authorization` included: the credential comes from
    /// `AquanowAuthentication`, applied because the operation's `security` names the `Bearer` scheme.
    @Test func aquanowGetCustomerWithItsHeaders() async throws {
        guard let text = try seed("aquanow-cams-customers.txt") else { return }
        let example = try #require(SeedHTTPExample(in: text, requestLine: "GET /api/v1/customers/{customerId}"))
        let token = try #require(example.header("Authorization")?.split(separator: " ").last.map(String.init))
        let transport = RecordingTransport()
        let client = try AquanowClient(server: .production, transport: transport, authentication: .bearer(token: token))
        let id = try #require(UUID(uuidString: "123e4567-e89b-12d3-a456-426614174000"))
        _ = try await client.getCustomer(customerId: id)
        let sent = try #require(transport.requests.first)
        #expect(sent.request.method.rawValue == example.method)
        #expect(sent.baseURL.host == example.header("Host"))
        #expect(sent.baseURL.path + (sent.request.path ?? "") == example.path.replacingOccurrences(of: "{customerId}", with: id.uuidString.lowercased()))
        #expect(sent.request.headerFields[.authorization] == example.header("Authorization"))
        // The seed accepts anything (`*/*`); the client asks for the media types the spec documents.
        #expect(sent.request.headerFields[.accept] == "application/json")
        #expect(sent.body == nil)
    }

    @Test func aquanowUpdateAndCreateCustomer() throws {
        guard let text = try seed("aquanow-cams-customers.txt") else { return }
        let server = try AquanowClient.Server.production.url()
        let id = UUID()
        let update = try #require(SeedHTTPExample(in: text, requestLine: "PATCH /api/v1/customers/{customerId}"))
        let seedUpdate = try JSONBody.decode(Aquanow.UpdateCustomerRequest.self, from: JSONBody.encode(try #require(update.body)))
        let builtUpdate = try Aquanow.UpdateCustomerInput(customerId: id, body: seedUpdate).makeRequest()
        #expect(builtUpdate.request.method == .patch)
        #expect(try url(builtUpdate, server: server).path == "/api/v1/customers/\(id.uuidString.lowercased())")
        #expect(builtUpdate.request.headerFields[.contentType] == update.header("Content-Type"))
        #expect(try JSONValue(parsing: try #require(builtUpdate.body)) == update.body)

        let create = try #require(SeedHTTPExample(in: text, requestLine: "POST /api/v1/customers"))
        let seedCreate = try JSONBody.decode(Aquanow.CreateCustomerRequest.self, from: JSONBody.encode(try #require(create.body)))
        let builtCreate = try Aquanow.CreateCustomerInput(body: seedCreate).makeRequest()
        #expect(builtCreate.request.method == .post)
        #expect(try url(builtCreate, server: server).path == create.path)
        #expect(builtCreate.request.headerFields[.contentType] == create.header("Content-Type"))
        #expect(try JSONValue(parsing: try #require(builtCreate.body)) == create.body)
    }

    /// Tradevest's seed gives OpenAPI fragments: `GET /roles/customers` with `limit` required (default 20),
    /// and `PATCH /roles/customers/{customerId}` with the `Requestor-ID` header.
    @Test func tradevestRequests() throws {
        let list = try Tradevest.GetCustomersInput(cursor: "c1", labels: ["a", "b"]).makeRequest()
        #expect(list.request.method == .get)
        #expect(list.request.path == "/roles/customers?cursor=c1&limit=20&labels=a&labels=b")
        let requestor = UUID()
        let update = try Tradevest.UpdateCustomerInput(customerId: requestor, requestorId: requestor, body: Tradevest.CustomerUpdate(labels: ["vip"])).makeRequest()
        #expect(update.request.method == .patch)
        #expect(update.request.path == "/roles/customers/\(requestor.uuidString.lowercased())")
        #expect(update.request.headerFields[HTTPField.Name("Requestor-ID")!] == requestor.uuidString.lowercased())
        #expect(update.body == Data(#"{"labels":["vip"]}"#.utf8))
    }

    /// Upvest's seed: `Get user accounts` with `sort` (default `created_at`), `order` (default `ASC`), `offset`
    /// and `limit` (default 100), and `Get account by ID`.
    @Test func upvestRequests() throws {
        let user = UUID(), client = UUID()
        let list = try ListUserAccountsInput(
            userId: user, upvestClientId: client,
            sort: .createdAt, order: .asc, offset: 0, limit: 100
        ).makeRequest()
        #expect(list.request.method == .get)
        #expect(list.request.path == "/users/\(user.uuidString.lowercased())/accounts?sort=created_at&order=ASC&offset=0&limit=100")
        #expect(list.request.headerFields[HTTPField.Name("upvest-client-id")!] == client.uuidString.lowercased())
        let account = try #require(UUID(uuidString: "ad45b27f-c0e7-4cfb-b48c-a83670dbdfbd"))
        let retrieve = try RetrieveAccountInput(accountId: account, upvestClientId: client).makeRequest()
        #expect(retrieve.request.path == "/accounts/ad45b27f-c0e7-4cfb-b48c-a83670dbdfbd")
    }

    /// BankLingo: `POST /api/bpm/cmd`, `Content-Type: application/json`, body `{"commandName": ..., "data": ...}`.
    @Test func bankLingoCommandEnvelopes() async throws {
        guard let text = try seed("banklingo-clients.txt") else { return }
        #expect(text.contains("POST /api/bpm/cmd\nContent-Type: application/json"))
        let checker = try SpecRequestChecker(specFile: ProviderFixtures.specURL(provider: "BankLingo"))
        let examples = try #require(checker.model.operations.first { $0.operationID == "executeClientCommand" }?.requestBody?.contents.first?.examples)
        let transport = RecordingTransport()
        let client = BankLingoClient(serverURL: URL(string: "https://api.example.com")!, transport: transport)
        let approve = try checker.requestExample(ApproveCustomerCommand.self, operationID: "executeClientCommand", named: "approveCustomer")
        let blacklist = try checker.requestExample(BlacklistCustomerCommand.self, operationID: "executeClientCommand", named: "blacklistCustomer")
        _ = try await client.approveCustomer(approve.data)
        _ = try await client.blacklistCustomer(blacklist.data)
        let sent = transport.requests
        #expect(sent.map(\.request.method) == [.post, .post])
        #expect(sent.map(\.request.path) == ["/api/bpm/cmd", "/api/bpm/cmd"])
        #expect(sent.allSatisfy { $0.request.headerFields[.contentType] == "application/json" })
        for (request, name) in zip(sent, ["approveCustomer", "blacklistCustomer"]) {
            let expected = try #require(examples.first { $0.name == name }).value
            #expect(try JSONValue(parsing: try #require(request.body)) == JSONValue(expected))
        }
    }
}
