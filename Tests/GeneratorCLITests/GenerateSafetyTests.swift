import Foundation
import SpecwrightTestSupport
import Testing

/// `generate` against careless or hostile input: it writes only where it may, reads only what it may, and
/// every failure is one message with exit status 2.
struct GenerateSafetyTests {
    static let spec = GenerateCommandTests.spec

    private func project(spec: String = GenerateSafetyTests.spec) throws -> URL {
        let scratch = try GeneratorProcess.scratchDirectory()
        try Data(spec.utf8).write(to: scratch.appendingPathComponent("spec.yaml"))
        return scratch
    }

    private func expectFailure(_ result: GeneratorProcess.Result, mentioning phrase: String) {
        #expect(result.status == 2, "\(result.standardError)")
        #expect(result.standardError.contains(phrase), "\(result.standardError)")
        #expect(!result.standardError.contains("GeneratorError error"), "\(result.standardError)")
    }

    @Test func anOutputNamingTheSpecLeavesIt() throws {
        let scratch = try project()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "spec.yaml"], in: scratch)
        expectFailure(result, mentioning: "spec.yaml is a regular file, not a folder Specwright wrote")
        #expect(try String(contentsOf: scratch.appendingPathComponent("spec.yaml"), encoding: .utf8) == Self.spec)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["spec.yaml"])
    }

    @Test func anOutputNamingADeviceOrTheProjectFolderIsRefused() throws {
        let scratch = try project()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let devices = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: devices) }
        if let device = TestDevice.make(in: devices) {
            expectFailure(try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", device.path], in: scratch),
                          mentioning: "\(device.path) is a device")
            #expect(try FileManager.default.contentsOfDirectory(atPath: devices.path) == ["device"])
        }
        expectFailure(try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "."], in: scratch),
                      mentioning: "spec.yaml was not written by Specwright")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == ["spec.yaml"])
    }

    @Test func configurationOutputsStayInsideTheProject() throws {
        let scratch = try project()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let projectFolder = scratch.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: projectFolder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch.appendingPathComponent("spec.yaml"), to: projectFolder.appendingPathComponent("spec.yaml"))
        try Data("providers:\n  - {name: Accounts, spec: spec.yaml, output: ../Elsewhere}\n".utf8)
            .write(to: projectFolder.appendingPathComponent("generator.yaml"))

        expectFailure(try GeneratorProcess.run(["generate"], in: projectFolder),
                      mentioning: "the output '../Elsewhere' of Accounts is outside the project folder")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Elsewhere").path))

        let allowed = try GeneratorProcess.run(["generate", "--allow-output-outside-project"], in: projectFolder)
        #expect(allowed.status == 0, "\(allowed.standardError)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Elsewhere/Account.swift").path))

        // Even when allowed outside, a file there is never replaced.
        let dotfile = scratch.appendingPathComponent(".bashrc")
        try Data("export PATH\n".utf8).write(to: dotfile)
        try Data("providers:\n  - {name: Accounts, spec: spec.yaml, output: ../.bashrc}\n".utf8)
            .write(to: projectFolder.appendingPathComponent("generator.yaml"))
        expectFailure(try GeneratorProcess.run(["generate", "--allow-output-outside-project"], in: projectFolder),
                      mentioning: ".bashrc is a regular file")
        #expect(try String(contentsOf: dotfile, encoding: .utf8) == "export PATH\n")
    }

    @Test func anOutputThroughALinkOutOfTheProjectIsOutside() throws {
        let scratch = try project()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let projectFolder = scratch.appendingPathComponent("project")
        let outside = scratch.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: projectFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch.appendingPathComponent("spec.yaml"), to: projectFolder.appendingPathComponent("spec.yaml"))
        try FileManager.default.createSymbolicLink(atPath: projectFolder.appendingPathComponent("Generated").path, withDestinationPath: outside.path)
        try Data("providers:\n  - {name: Accounts, spec: spec.yaml}\n".utf8).write(to: projectFolder.appendingPathComponent("generator.yaml"))
        expectFailure(try GeneratorProcess.run(["generate"], in: projectFolder), mentioning: "is outside the project folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func overlappingOutputsAreRefused() throws {
        let scratch = try project()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("""
        providers:
          - {name: A, spec: spec.yaml, output: Generated}
          - {name: B, spec: spec.yaml, output: Generated/B}
        """.utf8).write(to: scratch.appendingPathComponent("generator.yaml"))
        expectFailure(try GeneratorProcess.run(["generate"], in: scratch), mentioning: "A and B write overlapping output folders")
    }

    @Test func refsOutsideTheSpecsFolderNeedAFlag() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let specs = scratch.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try Data("Shared:\n  type: string\n".utf8).write(to: scratch.appendingPathComponent("shared.yaml"))
        try Data(Self.spec.replacingOccurrences(of: "format: uuid}", with: "format: uuid}\n        shared: {$ref: '../shared.yaml#/Shared'}")
            .utf8).write(to: specs.appendingPathComponent("spec.yaml"))

        let refused = try GeneratorProcess.run(["generate", "--spec", "specs/spec.yaml", "--output", "Out"], in: scratch)
        expectFailure(refused, mentioning: "specs/spec.yaml:11:24: error: cannot resolve $ref '../shared.yaml#/Shared': ")
        #expect(refused.standardError.contains("shared.yaml is outside the allowed folder "), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Out").path))

        let allowed = try GeneratorProcess.run(
            ["generate", "--spec", "specs/spec.yaml", "--output", "Out", "--allow-refs-outside", scratch.path], in: scratch
        )
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }

    @Test func configurationKeyWidensTheRefScope() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let projectFolder = scratch.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: projectFolder, withIntermediateDirectories: true)
        try Data("Shared:\n  type: string\n".utf8).write(to: scratch.appendingPathComponent("shared.yaml"))
        try Data(Self.spec.replacingOccurrences(of: "format: uuid}", with: "format: uuid}\n        shared: {$ref: '../shared.yaml#/Shared'}")
            .utf8).write(to: projectFolder.appendingPathComponent("spec.yaml"))
        let configuration = "providers:\n  - {name: Accounts, spec: spec.yaml}\n"
        try Data(configuration.utf8).write(to: projectFolder.appendingPathComponent("generator.yaml"))
        expectFailure(try GeneratorProcess.run(["generate"], in: projectFolder), mentioning: "is outside the allowed folder")

        try Data(("allowRefsOutside: [..]\n" + configuration).utf8).write(to: projectFolder.appendingPathComponent("generator.yaml"))
        let allowed = try GeneratorProcess.run(["generate"], in: projectFolder)
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }

    @Test func aReferenceToTheWholeDocumentIsALocatedError() throws {
        let scratch = try project(spec: Self.spec.replacingOccurrences(of: "format: uuid}", with: "format: uuid}\n        root: {$ref: '#'}"))
        defer { try? FileManager.default.removeItem(at: scratch) }
        expectFailure(try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "Out"], in: scratch),
                      mentioning: "spec.yaml:11:22: error: $ref '#' refers to the whole OpenAPI document, not a schema")
    }

    @Test func veryLongNamesGenerateOrFailWithAMessage() throws {
        // JSON: YAML limits implicit keys to 1,024 characters.
        let longName = String(repeating: "Account", count: 1_500)
        let scratch = try project(spec: """
        {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {},
         "components": {"schemas": {"\(longName)": {"type": "object", "properties": {"id": {"type": "string"}}}}}}
        """)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try GeneratorProcess.run(
            ["generate", "--spec", "spec.yaml", "--output", "Out", "--module", String(repeating: "M", count: 10_000)], in: scratch
        )
        #expect(result.status == 0, "\(result.standardError)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("Out").path)
        #expect(names.contains { $0.hasPrefix("AccountAccount") && $0.utf8.count < 255 }, "\(names)")

        // An output path too long for the file system is an error with a message, not "GeneratorError error 1".
        let tooLong = String(repeating: "o", count: 10_000)
        expectFailure(try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", tooLong], in: scratch),
                      mentioning: "error: ")
    }

    @Test func concurrentRunsOnOneOutputNeverMixTheirFiles() throws {
        let scratch = try project()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let other = Self.spec.replacingOccurrences(of: "Account:", with: "Ledger:")
        try Data(other.utf8).write(to: scratch.appendingPathComponent("other.yaml"))
        for _ in 0..<4 {
            let runs = try ["spec.yaml", "other.yaml"].map { spec in
                try GeneratorProcess.start(["generate", "--spec", spec, "--output", "Out"], in: scratch)
            }
            let results = runs.map { $0.finish() }
            for result in results where result.status != 0 {
                expectFailure(result, mentioning: "is writing")
            }
            #expect(results.contains { $0.status == 0 })
            let names = Set(try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("Out").path))
            #expect(names.contains("Account.swift") != names.contains("Ledger.swift"), "\(names)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["Out", "other.yaml", "spec.yaml"])
        }
    }
}
