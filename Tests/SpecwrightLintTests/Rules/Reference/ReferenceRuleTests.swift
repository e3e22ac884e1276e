import Foundation
import SpecwrightModel
import SpecwrightReader
import SpecwrightReports
import Testing
@testable import SpecwrightLint

@Suite struct ReferenceRuleTests {
    @Test func referenceSiblingsIgnored() throws {
        let flagged = "components:\n  schemas:\n    A: {type: string}\n    B: {$ref: \"#/components/schemas/A\", maxLength: 3}\n"
        #expect(try LintSnippet.findings(ReferenceSiblingsIgnored.self, flagged, version: "3.0.3").map(\.rule) == ["no-ref-siblings"])
        // 3.1 gives `$ref` siblings their JSON Schema meaning.
        #expect(try LintSnippet.findings(ReferenceSiblingsIgnored.self, flagged).isEmpty)
    }

    @Test func extensionReferenceBroken() throws {
        let flagged = "x-docs: {$ref: \"#/components/missing\"}\npaths: {}\n"
        #expect(try LintSnippet.findings(ExtensionReferenceBroken.self, flagged).map(\.rule) == ["extension-ref-broken"])
        #expect(try LintSnippet.findings(ExtensionReferenceBroken.self, "x-docs: {url: \"https://acme.com\"}\npaths: {}\n").isEmpty)
    }

    @Test func unusedReferenceBroken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = "openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    Used: {$ref: \"library.yaml#/Used\"}\n"
        try Data(root.utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        try Data("Used: {type: string}\nUnused: {$ref: \"#/Typo\"}\n".utf8).write(to: folder.appendingPathComponent("library.yaml"))
        func lint() throws -> [Finding] {
            let spec = try Spec.load(fileAt: folder.appendingPathComponent("spec.yaml").path)
            return Linter(rules: [UnusedReferenceBroken.self]).lint(spec, model: try ModelBuilder.build(spec))
        }
        let findings = try lint()
        #expect(findings.map(\.rule) == ["unused-ref-broken"])
        #expect(findings.first?.location?.file.hasSuffix("/library.yaml") == true)
        #expect(findings.first?.location?.line == 2)
        try Data("Used: {type: string}\nUnused: {$ref: \"#/Used\"}\n".utf8).write(to: folder.appendingPathComponent("library.yaml"))
        #expect(try lint().isEmpty)
    }
}
