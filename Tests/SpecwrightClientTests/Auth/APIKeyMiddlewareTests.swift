import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

@Suite struct APIKeyMiddlewareTests {
    private func request(_ path: String, cookies: [String] = []) -> HTTPRequest {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: path)
        for cookie in cookies { request.headerFields.append(HTTPField(name: .cookie, value: cookie)) }
        return request
    }

    @Test func header() async throws {
        var original = request("/accounts")
        original.headerFields[HTTPField.Name("X-API-Key")!] = "stale"
        let sent = try await intercepted(original, by: try APIKeyMiddleware(key: "k-123", location: .header(name: "X-API-Key")))
        #expect(sent.request.headerFields[values: HTTPField.Name("x-api-key")!] == ["k-123"])
    }

    @Test(arguments: [
        ("/accounts", "/accounts?api_key=a%26b%3Dc%2Bd%20e%23f%2F%C3%A9"),
        ("/accounts?limit=10", "/accounts?limit=10&api_key=a%26b%3Dc%2Bd%20e%23f%2F%C3%A9"),
        ("/accounts?", "/accounts?api_key=a%26b%3Dc%2Bd%20e%23f%2F%C3%A9"),
        ("/accounts?limit=10#top", "/accounts?limit=10&api_key=a%26b%3Dc%2Bd%20e%23f%2F%C3%A9#top"),
    ])
    func queryIsPercentEncodedAndAppended(_ path: String, _ expected: String) async throws {
        let middleware = try APIKeyMiddleware(key: "a&b=c+d e#f/é", location: .query(name: "api_key"))
        #expect(try await intercepted(request(path), by: middleware).request.path == expected)
    }

    @Test func queryNameIsEncodedToo() async throws {
        let middleware = try APIKeyMiddleware(key: "k", location: .query(name: "api key[]"))
        #expect(try await intercepted(request("/"), by: middleware).request.path == "/?api%20key%5B%5D=k")
    }

    @Test func cookieIsMergedIntoOneCookieField() async throws {
        let middleware = try APIKeyMiddleware(key: "s3cr3t", location: .cookie(name: "session"))
        let sent = try await intercepted(request("/", cookies: ["theme=dark; lang=en", "consent=yes"]), by: middleware)
        // HTTPFields keeps cookies as separate crumbs (HTTP/2); transports join them with "; " into one field.
        #expect(sent.request.headerFields[.cookie] == "theme=dark; lang=en; consent=yes; session=s3cr3t")
    }

    @Test func cookieReplacesOneOfTheSameName() async throws {
        let middleware = try APIKeyMiddleware(key: "new", location: .cookie(name: "session"))
        let sent = try await intercepted(request("/", cookies: ["session=old; theme=dark"]), by: middleware)
        #expect(sent.request.headerFields[.cookie] == "theme=dark; session=new")
    }

    @Test func cookieWithoutExistingCookies() async throws {
        let middleware = try APIKeyMiddleware(key: "abc", location: .cookie(name: "api_key"))
        #expect(try await intercepted(request("/"), by: middleware).request.headerFields[.cookie] == "api_key=abc")
    }

    @Test(arguments: [
        APIKeyMiddleware.Location.header(name: "X Key"), .header(name: ""), .cookie(name: "bad name"), .cookie(name: ""),
        .query(name: ""),
    ])
    func rejectsMalformedNames(_ location: APIKeyMiddleware.Location) {
        #expect(throws: AuthenticationError.self) { try APIKeyMiddleware(key: "k", location: location) }
    }

    @Test(arguments: ["a;b", "a b", "a,b", "a\"b", "a\\b", "é"])
    func rejectsCookieValuesOutsideCookieOctets(_ key: String) {
        #expect(throws: AuthenticationError.self) { try APIKeyMiddleware(key: key, location: .cookie(name: "k")) }
    }

    @Test(arguments: ["a\r\nX-Injected: 1", "a\nb", "", " padded"])
    func rejectsHeaderValuesThatWouldBreakTheHeader(_ key: String) {
        #expect(throws: AuthenticationError.self) { try APIKeyMiddleware(key: key, location: .header(name: "X-API-Key")) }
    }
}
