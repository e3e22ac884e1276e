import Foundation
import HTTPTypes
import SpecwrightValidation
import Testing

@testable import SpecwrightClient

@Suite struct WebhookParserTests {
    @Test func returnsTheEvent() throws {
        let result = WebhookParser.parse(Thing.self, body: Data(#"{"name":"lamp"}"#.utf8), headers: [HTTPField.Name("Signature")!: "sig"], requiredHeaders: ["Signature"])
        #expect(try result.get() == Thing(name: "lamp"))
    }

    @Test func returnsEveryIssue() {
        let result = WebhookParser.parse(Thing.self, body: Data(#"{"name":""}"#.utf8), headers: [:], requiredHeaders: ["Signature", "Signature-Input"])
        guard case .failure(let error) = result else {
            Issue.record("expected issues")
            return
        }
        #expect(error.issues.map(\.instanceLocation) == ["/header/Signature", "/header/Signature-Input", "/body/name"])
    }

    @Test func malformedJSONIsOneIssue() {
        let result = WebhookParser.parse(Thing.self, body: Data("{".utf8), headers: [:])
        guard case .failure(let error) = result else {
            Issue.record("expected issues")
            return
        }
        #expect(error.issues.count == 1)
        #expect(error.issues[0].instanceLocation.hasPrefix("/body"))
    }
}
