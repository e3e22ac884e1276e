import Testing

@testable import SpecwrightServerValidation

@Suite struct PathTemplateTests {
    @Test(arguments: [
        ("/customers/{id}", "/customers/42", ["id": "42"]),
        ("/customers/{id}", "/customers/42/", ["id": "42"]),
        ("/files/{name}.{extension}", "/files/a.b.c", ["name": "a.b", "extension": "c"]),
        ("/v{major}/ping", "/v3/ping", ["major": "3"]),
        ("/", "/", [:]),
    ] as [(String, String, [String: String])])
    func matches(_ template: String, _ path: String, _ captures: [String: String]) {
        #expect(PathTemplate(template).match(path) == captures)
    }

    @Test(arguments: [
        ("/customers/{id}", "/customers"),
        ("/customers/{id}", "/customers//"),
        ("/customers/{id}", "/customers/1/accounts"),
        ("/files/{name}.pdf", "/files/.pdf"),
        ("/files/{name}.pdf", "/files/report.csv"),
    ])
    func rejects(_ template: String, _ path: String) {
        #expect(PathTemplate(template).match(path) == nil)
    }

    @Test func literalSegmentsCount() {
        #expect(PathTemplate("/customers/me").literalSegmentCount == 2)
        #expect(PathTemplate("/customers/{id}").literalSegmentCount == 1)
    }
}
