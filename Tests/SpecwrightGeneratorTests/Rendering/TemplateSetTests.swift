import Foundation
@testable import SpecwrightGenerator
import Testing

/// How values reach the output through a template: strings print as themselves, escaped for the template's
/// content type exactly as Mustache escapes any other value (`String`'s `MustacheCustomRenderable`
/// conformance only skips `String(describing:)`).
struct TemplateSetTests {
    private func render(_ template: String, _ context: [String: Any]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(template.utf8).write(to: folder.appendingPathComponent("bundle-header.mustache"))
        return try TemplateSet(overrides: folder).render(context, template: "bundle-header")
    }

    @Test func stringsPrintAsThemselvesInText() throws {
        let template = "{{% CONTENT_TYPE: TEXT}}{{value}}|{{{value}}}|{{#value}}[{{.}}]{{/value}}|{{^value}}none{{/value}}"
        #expect(try render(template, ["value": "Array<String> & \"x\""])
            == "Array<String> & \"x\"|Array<String> & \"x\"|[Array<String> & \"x\"]|")
    }

    @Test func aTemplateWithoutContentTypeEscapesStringsAsHTMLAsBefore() throws {
        #expect(try render("{{value}}|{{{value}}}", ["value": "a<b"]) == "a&lt;b|a<b")
    }

    @Test func anEmptyStringIsAValueNotAnAbsence() throws {
        #expect(try render("{{% CONTENT_TYPE: TEXT}}{{#value}}[{{.}}]{{/value}}{{^value}}none{{/value}}", ["value": ""]) == "[]")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}{{#value}}[{{.}}]{{/value}}{{^value}}none{{/value}}", [:]) == "none")
    }
}
