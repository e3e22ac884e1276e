import Foundation
@testable import SpecwrightGenerator
import SpecwrightTestSupport
import Testing

/// The compiled-in templates (`DefaultTemplates.swift`) must be exactly `Templates/`: run
/// `scripts/embed-templates.py` after editing a template.
struct DefaultTemplatesTests {
    @Test func embeddedTemplatesMatchTheTemplatesFolder() throws {
        let folder = TestPaths.repositoryRoot.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        var onDisk: [String: String] = [:]
        for name in names {
            onDisk[String(name.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(Set(DefaultTemplates.texts.keys) == Set(onDisk.keys), "run scripts/embed-templates.py")
        for (name, text) in onDisk {
            #expect(DefaultTemplates.texts[name] == text, "Templates/\(name).mustache changed: run scripts/embed-templates.py")
        }
    }

    @Test func overridesReplaceDefaultsByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{% CONTENT_TYPE: TEXT}}\n// custom {{accessModifier}}\n".utf8).write(to: folder.appendingPathComponent("bundle-header.mustache"))
        let templates = ConfiguredTemplates(templates: try TemplateSet(overrides: folder), accessModifier: .package, additionalImports: [], valueConformance: .equatable)
        #expect(try templates.render([:], template: "bundle-header") == "// custom package\n")

        try Data("{{#broken}}".utf8).write(to: folder.appendingPathComponent("file.mustache"))
        let error = #expect(throws: GeneratorError.self) { try TemplateSet(overrides: folder) }
        #expect(error?.description.contains("file.mustache: invalid Mustache template") == true)
    }
}
