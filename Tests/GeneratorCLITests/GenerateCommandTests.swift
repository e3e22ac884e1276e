import Foundation
import Testing

struct GenerateCommandTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Accounts, version: "2"}
    paths: {}
    components:
      schemas:
        Account:
          type: object
          required: [id]
          properties:
            id: {type: string, format: uuid}
    """

    @Test func generatesASingleSpecDeterministically() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(Self.spec.utf8).write(to: scratch.appendingPathComponent("spec.yaml"))

        let first = try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "Out/Accounts"], in: scratch)
        #expect(first.status == 0, "\(first.standardError)")
        let account = scratch.appendingPathComponent("Out/Accounts/Account.swift")
        let before = try String(contentsOf: account, encoding: .utf8)
        #expect(before.contains("public struct Account: Codable, Hashable, Sendable"))

        let second = try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "Out/Accounts"], in: scratch)
        #expect(second.status == 0)
        #expect(try String(contentsOf: account, encoding: .utf8) == before)
    }

    @Test func aBrokenSpecNamesTheLineAndLeavesThePreviousOutput() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(Self.spec.utf8).write(to: scratch.appendingPathComponent("spec.yaml"))
        #expect(try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "Out"], in: scratch).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("Out").path).sorted()

        let broken = Self.spec.replacingOccurrences(of: "format: uuid}", with: "format: uuid}\n        owner: {$ref: '#/components/schemas/Owner'}")
        try Data(broken.utf8).write(to: scratch.appendingPathComponent("spec.yaml"))
        let result = try GeneratorProcess.run(["generate", "--spec", "spec.yaml", "--output", "Out"], in: scratch)
        #expect(result.status == 2)
        #expect(result.standardError.contains("spec.yaml:11:23: error: cannot resolve $ref '#/components/schemas/Owner'"), "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.appendingPathComponent("Out").path).sorted() == before)
    }

    @Test func usageErrorsExitWithTwo() throws {
        let result = try GeneratorProcess.run(["generate", "--output", "Somewhere"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--output and --module go with --spec"))
    }
}
