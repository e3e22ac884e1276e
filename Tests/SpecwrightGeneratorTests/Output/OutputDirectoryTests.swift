import Foundation
@testable import SpecwrightGenerator
import Testing

struct OutputDirectoryTests {
    private func makeScratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func file(_ name: String, _ body: String = "") -> GeneratedFile {
        GeneratedFile(path: name, contents: "\(OutputDirectory.generatedMarker) test\n\(body)")
    }

    @Test func replacesTheWholeFolder() throws {
        let scratch = try makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Generated/Acme")
        try OutputDirectory.replace(output, with: [file("Old.swift"), file("Kept.swift", "v1")])
        try OutputDirectory.replace(output, with: [file("Kept.swift", "v2"), file("New.swift")])
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(names == ["Kept.swift", "New.swift"])
        #expect(try String(contentsOf: output.appendingPathComponent("Kept.swift"), encoding: .utf8).hasSuffix("v2"))
        // No staging or retired folders are left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["Acme"])
    }

    @Test func refusesToReplaceAFolderWithHandWrittenFiles() throws {
        let scratch = try makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let handWritten = output.appendingPathComponent("Service.swift")
        try Data("struct Service {}\n".utf8).write(to: handWritten)

        #expect(throws: GeneratorError.self) { try OutputDirectory.replace(output, with: [file("Model.swift")]) }
        #expect(try String(contentsOf: handWritten, encoding: .utf8) == "struct Service {}\n")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("Model.swift").path))
    }

    @Test func aFailedWriteLeavesThePreviousOutput() throws {
        let scratch = try makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [file("Model.swift", "v1")])
        // A path that cannot be a file (it names a folder that is also a file) makes the write fail midway.
        #expect(throws: GeneratorError.self) {
            try OutputDirectory.replace(output, with: [file("Model.swift", "v2"), file("Model.swift/Nested.swift")])
        }
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v1"))
    }
}
