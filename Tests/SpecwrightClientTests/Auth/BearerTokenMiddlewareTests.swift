import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

@Suite struct BearerTokenMiddlewareTests {
    @Test func sendsTheTokenAndReplacesAnExistingAuthorization() async throws {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/customers")
        request.headerFields[.authorization] = "Basic old"
        let sent = try await intercepted(request, by: BearerTokenMiddleware(token: "mF_9.B5f-4.1JqM"))
        #expect(sent.request.headerFields[values: .authorization] == ["Bearer mF_9.B5f-4.1JqM"])
    }

    @Test func asksTheProviderForEveryRequest() async throws {
        let counter = ManualClock(Date(timeIntervalSince1970: 0))
        let middleware = BearerTokenMiddleware {
            counter.advance(by: 1)
            return "token\(Int(counter.now.timeIntervalSince1970))"
        }
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")
        #expect(try await intercepted(request, by: middleware).request.headerFields[.authorization] == "Bearer token1")
        #expect(try await intercepted(request, by: middleware).request.headerFields[.authorization] == "Bearer token2")
    }

    @Test(arguments: ["", "two words", "line\r\nX-Injected: 1", "tab\there", "a=b", "é"])
    func rejectsATokenThatIsNotAB64Token(_ token: String) async {
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/")
        await #expect(throws: AuthenticationError.self) {
            _ = try await intercepted(request, by: BearerTokenMiddleware(token: token))
        }
    }

    @Test func acceptsTrailingPadding() throws {
        #expect(try BearerTokenMiddleware.authorizationValue(for: "c2VjcmV0Cg==") == "Bearer c2VjcmV0Cg==")
    }
}
