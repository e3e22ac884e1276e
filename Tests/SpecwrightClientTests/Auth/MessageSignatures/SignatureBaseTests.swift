import Foundation
import HTTPTypes
import Testing

@testable import SpecwrightClient

/// Component values as the examples of RFC 9421 sections 2.1 and 2.2 give them.
@Suite struct SignatureBaseTests {
    private func value(_ component: SignatureComponent, of request: HTTPRequest) throws -> String {
        try SignatureBase.value(of: component, in: SignatureMessage(request: .init(request), response: nil))
    }

    /// Section 2.1's request fields.
    private var fieldsRequest: HTTPRequest {
        var fields: HTTPFields = [
            .date: "Tue, 20 Apr 2021 02:07:56 GMT",
            HTTPField.Name("x-ows-header")!: "   Leading and trailing whitespace.   ",
            .cacheControl: "max-age=60",
        ]
        fields.append(HTTPField(name: .cacheControl, value: "   must-revalidate"))
        fields[HTTPField.Name("example-dict")!] = " a=1,    b=2;x=1;y=2,   c=(a   b   c)"
        fields[HTTPField.Name("x-empty-header")!] = ""
        fields.append(HTTPField(name: HTTPField.Name("example-header")!, value: "value, with, lots"))
        fields.append(HTTPField(name: HTTPField.Name("example-header")!, value: "of, commas"))
        return HTTPRequest(method: .get, scheme: "https", authority: "www.example.com", path: "/", headerFields: fields)
    }

    @Test(arguments: [
        (SignatureComponent.field("Date"), "Tue, 20 Apr 2021 02:07:56 GMT"),
        (.field("x-ows-header"), "Leading and trailing whitespace."),
        (.field("cache-control"), "max-age=60, must-revalidate"),
        (.field("example-dict"), "a=1,    b=2;x=1;y=2,   c=(a   b   c)"),
        (.field("x-empty-header"), ""),
        (.field("example-dict").structured, "a=1, b=2;x=1;y=2, c=(a b c)"),
        (.field("example-dict", dictionaryKey: "a"), "1"),
        (.field("example-dict", dictionaryKey: "b"), "2;x=1;y=2"),
        (.field("example-dict", dictionaryKey: "c"), "(a b c)"),
        (.field("example-header"), "value, with, lots, of, commas"),
        (.field("example-header").byteSequence, ":dmFsdWUsIHdpdGgsIGxvdHM=:, :b2YsIGNvbW1hcw==:"),
    ])
    func fieldValues(_ component: SignatureComponent, _ expected: String) throws {
        #expect(try value(component, of: fieldsRequest) == expected)
    }

    /// Section 2.2's `POST /path?param=value` to `www.example.com`.
    @Test(arguments: [
        (SignatureComponent.method, "POST"),
        (.targetURI, "https://www.example.com/path?param=value"),
        (.authority, "www.example.com"),
        (.scheme, "https"),
        (.requestTarget, "/path?param=value"),
        (.path, "/path"),
        (.query, "?param=value"),
    ])
    func derivedComponents(_ component: SignatureComponent, _ expected: String) throws {
        let request = HTTPRequest(method: .post, scheme: "https", authority: "www.example.com", path: "/path?param=value")
        #expect(try value(component, of: request) == expected)
    }

    @Test func authorityIsLowercaseWithoutTheDefaultPort() throws {
        let request = HTTPRequest(method: .get, scheme: "HTTPS", authority: "WWW.Example.COM:443", path: "")
        #expect(try value(.authority, of: request) == "www.example.com")
        #expect(try value(.scheme, of: request) == "https")
        #expect(try value(.path, of: request) == "/")
        #expect(try value(.query, of: request) == "?")
        let custom = HTTPRequest(method: .get, scheme: "http", authority: "example.com:8080", path: "/")
        #expect(try value(.authority, of: custom) == "example.com:8080")
    }

    /// Section 2.2.8's examples: names and values decoded as forms and re-encoded with `%20` for a space.
    @Test(arguments: [
        ("/path?param=value&foo=bar&baz=batman&qux=", "baz", "batman"),
        ("/path?param=value&foo=bar&baz=batman&qux=", "qux", ""),
        ("/parameters?var=this%20is%20a%20big%0Avalue&bar=with+plus+whitespace&fa%C3%A7ade%22%3A%20=something", "var", "this%20is%20a%20big%0Avalue"),
        ("/parameters?var=this%20is%20a%20big%0Avalue&bar=with+plus+whitespace&fa%C3%A7ade%22%3A%20=something", "bar", "with%20plus%20whitespace"),
        ("/parameters?var=this%20is%20a%20big%0Avalue&bar=with+plus+whitespace&fa%C3%A7ade%22%3A%20=something", "fa%C3%A7ade%22%3A%20", "something"),
    ])
    func queryParameters(_ path: String, _ name: String, _ expected: String) throws {
        let request = HTTPRequest(method: .get, scheme: "https", authority: "www.example.com", path: path)
        #expect(try value(.queryParameter(name), of: request) == expected)
        let base = try SignatureBase(
            covering: [.queryParameter(name)], parameters: [],
            of: SignatureMessage(request: .init(request), response: nil))
        #expect(base.text.hasPrefix("\"@query-param\";name=\"\(name)\": \(expected)\n"))
    }

    @Test func aRepeatedQueryParameterCannotBeSigned() {
        let request = HTTPRequest(method: .get, scheme: "https", authority: "example.com", path: "/?a=1&a=2")
        #expect(throws: MessageSignatureError.unsupportedComponent("query parameter a occurs 2 times")) {
            try value(.queryParameter("a"), of: request)
        }
        #expect(throws: MessageSignatureError.missingComponent("query parameter b")) { try value(.queryParameter("b"), of: request) }
    }

    @Test func theClientSideTargetJoinsTheBaseURLAsTheTransportsDo() throws {
        let request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/users/42/accounts?limit=10")
        let message = SignatureMessage(
            request: try .init(request, baseURL: URL(string: "https://Sandbox.Upvest.co:443/v1")!), response: nil)
        #expect(try SignatureBase.value(of: .targetURI, in: message) == "https://sandbox.upvest.co/v1/users/42/accounts?limit=10")
        #expect(try SignatureBase.value(of: .path, in: message) == "/v1/users/42/accounts")
    }

    @Test func componentsThatDoNotApplyAreErrors() throws {
        let request = SignatureMessage(request: try .init(RFC9421.request), response: nil)
        #expect(throws: MessageSignatureError.unsupportedComponent("@status is only for responses")) {
            try SignatureBase.value(of: .status, in: request)
        }
        #expect(throws: MessageSignatureError.unsupportedComponent("\"@method\";req: ;req is only for signing a response")) {
            try SignatureBase.value(of: SignatureComponent.method.fromRequest, in: request)
        }
        let response = SignatureMessage(request: nil, response: .init(status: 200, headerFields: [:]))
        #expect(throws: MessageSignatureError.unsupportedComponent("\"@path\" is a request component; a response covers it with ;req")) {
            try SignatureBase.value(of: .path, in: response)
        }
        #expect(throws: MessageSignatureError.missingComponent("field date")) {
            try SignatureBase.value(of: .field("date"), in: response)
        }
        #expect(throws: MessageSignatureError.missingComponent("\"content-type\";key=\"a\": no member a")) {
            let fields: HTTPFields = [.contentType: "b=1"]
            return try SignatureBase.value(
                of: .field("content-type", dictionaryKey: "a"),
                in: SignatureMessage(request: nil, response: .init(status: 200, headerFields: fields)))
        }
    }
}
