import Foundation
import Testing

@testable import SpecwrightClient

@Suite struct BodyEncodingTests {
    struct Application: Encodable {
        var name = "Zoë & Co"
        var tags = ["a", "b"]
        var amount = 12.5
        var address = Address()
    }

    struct Address: Encodable {
        var city = "Toronto"
        var postalCode = "M5V 1A1"
    }

    @Test func formURLEncoded() throws {
        let body = String(decoding: try FormURLEncodedBody.encode(Application()), as: UTF8.self)
        #expect(body == "name=Zo%C3%AB%20%26%20Co&tags=a&tags=b&amount=12.5&city=Toronto&postalCode=M5V%201A1")
    }

    @Test func multipartParts() throws {
        let body = try MultipartFormBody(encoding: Application(), boundary: "b0undary")
        #expect(body.contentType == "multipart/form-data; boundary=b0undary")
        #expect(body.parts.map(\.name) == ["name", "tags", "amount", "address"])
        #expect(body.parts.map(\.contentType) == ["text/plain", "application/json", "application/json", "application/json"])
        let text = String(decoding: body.encoded(), as: UTF8.self)
        #expect(text.hasPrefix("--b0undary\r\nContent-Disposition: form-data; name=\"name\"\r\nContent-Type: text/plain\r\n\r\nZoë & Co\r\n"))
        #expect(text.contains("name=\"tags\"\r\nContent-Type: application/json\r\n\r\n[\"a\",\"b\"]\r\n"))
        #expect(text.hasSuffix("--b0undary--\r\n"))
    }

    @Test func multipartFileNamesCannotBreakTheirHeader() {
        let body = MultipartFormBody(parts: [.init(name: "file", filename: "a\"\r\nX: y.pdf", contentType: "application/pdf", content: Data([1, 2]))], boundary: "b")
        let text = String(decoding: body.encoded(), as: UTF8.self)
        #expect(text.contains("filename=\"a%22%0D%0AX: y.pdf\""))
    }

    @Test func mediaTypes() {
        #expect(JSONBody.isJSON("application/problem+json"))
        #expect(JSONBody.isJSON("application/json; charset=utf-8"))
        #expect(!JSONBody.isJSON("text/plain"))
        #expect(MediaType.matches("application/JSON; charset=utf-8", range: "application/json"))
        #expect(MediaType.matches("text/csv", range: "text/*"))
        #expect(MediaType.matches("image/png", range: "*/*"))
        #expect(!MediaType.matches("application/xml", range: "application/json"))
    }
}
