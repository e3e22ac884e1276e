import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

@Suite struct HTTPBasicMiddlewareTests {
    /// RFC 7617 section 2.
    @Test func encodesTheRFCExample() async throws {
        let middleware = try HTTPBasicMiddleware(username: "Aladdin", password: "open sesame")
        let sent = try await intercepted(HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/"), by: middleware)
        #expect(sent.request.headerFields[.authorization] == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==")
    }

    /// RFC 7617 section 2.1: UTF-8 (`charset="UTF-8"`).
    @Test func encodesUTF8() throws {
        #expect(try HTTPBasicMiddleware(username: "test", password: "123\u{A3}").authorizationValue == "Basic dGVzdDoxMjPCow==")
    }

    @Test func allowsAColonInThePassword() throws {
        let value = try HTTPBasicMiddleware(username: "user", password: "pa:ss").authorizationValue
        #expect(value == "Basic " + Data("user:pa:ss".utf8).base64EncodedString())
    }

    @Test(arguments: [("us:er", "secret"), ("user\n", "secret"), ("user", "sec\u{0}ret")])
    func rejectsWhatRFC7617Forbids(_ username: String, _ password: String) {
        #expect(throws: AuthenticationError.self) { try HTTPBasicMiddleware(username: username, password: password) }
    }
}
