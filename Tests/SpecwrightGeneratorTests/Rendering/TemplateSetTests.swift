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

    /// The vendored Mustache (Vendor/swift-mustache/PATCHES.md) tells the common context values by their type
    /// before any protocol cast; each such value must render as the general path renders it.
    @Test func valuesOnTheFastPathsRenderAsMustacheSpecifies() throws {
        let text = "{{% CONTENT_TYPE: TEXT}}"
        let outer: [String: Any] = ["name": "outer", "nested": ["inner": ["leaf": "deep"]] as [String: Any]]
        #expect(try render(text + "{{nested.inner.leaf}}|{{#nested}}{{inner.leaf}}{{/nested}}", outer) == "deep|deep")
        #expect(try render(text + "{{#items}}{{name}}:{{value}},{{/items}}", [
            "name": "outer", "items": [["value": "1"], ["name": "own", "value": "2"]] as [[String: Any]],
        ]) == "outer:1,own:2,")
        #expect(try render(text + "{{#pairs}}{{key}}={{value}};{{/pairs}}", [
            "pairs": [["key": "a", "value": "1"], ["key": "b", "value": "2"]] as [[String: String]],
        ]) == "a=1;b=2;")
        #expect(try render(text + "{{#header}}{{title}}{{/header}}", ["header": ["title": "T"] as [String: String]]) == "T")
        #expect(try render(text + "{{#lines}}[{{.}}]{{/lines}}{{^lines}}none{{/lines}}", ["lines": ["a", "b"]]) == "[a][b]")
        #expect(try render(text + "{{#lines}}[{{.}}]{{/lines}}{{^lines}}none{{/lines}}", ["lines": [String]()]) == "none")
        #expect(try render(text + "{{#items}}x{{/items}}{{^items}}none{{/items}}", ["items": [[String: Any]]()]) == "none")
        #expect(try render(text + "{{#on}}yes{{/on}}{{^on}}no{{/on}}|{{#off}}yes{{/off}}{{^off}}no{{/off}}", ["on": true, "off": false])
            == "yes|no")
        #expect(try render(text + "{{#items}}{{#last}}last{{/last}}{{^last}}{{value}},{{/last}}{{/items}}", [
            "items": [["value": "1", "last": false], ["value": "2", "last": true]] as [[String: Any]],
        ]) == "1,last")
    }
}
