import Testing

@testable import SpecwrightClient

/// Values that would change the request if they were written as they are.
@Suite struct InjectionTests {
    func builtPath(_ value: String) throws -> String {
        var builder = RequestBuilder(method: .get, pathTemplate: "/customers/{customerId}/accounts")
        try builder.path("customerId", value)
        return try builder.build().request.path!
    }

    @Test(arguments: [
        ("../admin", "/customers/..%2Fadmin/accounts"),
        ("..", "/customers/%2E%2E/accounts"),
        (".", "/customers/%2E/accounts"),
        ("a/b", "/customers/a%2Fb/accounts"),
        ("a%2Fb", "/customers/a%252Fb/accounts"),
        ("x?admin=true", "/customers/x%3Fadmin%3Dtrue/accounts"),
        ("x#fragment", "/customers/x%23fragment/accounts"),
        ("100%", "/customers/100%25/accounts"),
        ("Zoë 東京", "/customers/Zo%C3%AB%20%E6%9D%B1%E4%BA%AC/accounts"),
        ("a;b,c=d", "/customers/a%3Bb%2Cc%3Dd/accounts"),
    ])
    func pathValuesStayInTheirSegment(_ value: String, expected: String) throws {
        #expect(try builtPath(value) == expected)
    }

    @Test(arguments: [
        ("a&admin=true", "q=a%26admin%3Dtrue"),
        ("1+1=2", "q=1%2B1%3D2"),
        ("two words", "q=two%20words"),
        ("x#y", "q=x%23y"),
    ])
    func queryValuesStayOneValue(_ value: String, expected: String) throws {
        #expect(try ParameterSerializer.query("q", .scalar(value), style: .form, explode: true) == [expected])
    }

    @Test func allowReservedKeepsOnlyCharactersThatCannotSplitTheQuery() throws {
        #expect(try ParameterSerializer.query("redirect", .scalar("https://x.io/a?b=c&d#e"), style: .form, explode: true, allowReserved: true)
            == ["redirect=https://x.io/a?b%3Dc%26d%23e"])
    }

    @Test(arguments: ["evil\r\nX-Admin: true", "line\nbreak", "carriage\rreturn", "nul\0byte"])
    func headerValuesWithLineBreaksAreRejected(_ value: String) {
        var builder = RequestBuilder(method: .get, pathTemplate: "/")
        #expect(throws: ParameterSerializationError.self) {
            try builder.header("X-Request-ID", value)
        }
    }

    @Test func headerErrorsNameTheParameterAndTheCharacter() {
        var builder = RequestBuilder(method: .get, pathTemplate: "/")
        #expect(throws: ParameterSerializationError(parameter: "X-Trace", reason: .controlCharacter("a line feed (LF)"))) {
            try builder.header("X-Trace", "a\nb")
        }
        #expect(throws: ParameterSerializationError(parameter: "Bad Name", reason: .invalidFieldName)) {
            try builder.header("Bad Name", "x")
        }
    }

    @Test func cookieValuesCannotStartAnotherCookie() throws {
        #expect(try ParameterSerializer.cookie("session", .scalar("a; admin=1"), explode: true) == ["session=a%3B%20admin%3D1"])
    }
}
