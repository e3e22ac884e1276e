import Foundation
import Testing

/// `generator diff` as CI runs it: files and git revisions, every output format, ignores, exit statuses.
@Suite struct DiffCommandTests {
    static let old = """
        openapi: 3.1.0
        info: {title: Payments, version: '1'}
        paths:
          /payments:
            post:
              operationId: createPayment
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: 'schemas/payment.yaml'}
              responses:
                '201': {description: created}
        """

    static let payment = """
        type: object
        required: [amount]
        properties:
          amount: {type: integer}
          currency: {type: string, enum: [EUR, USD]}
        """

    /// The same spec with `currency` narrowed to EUR.
    static let narrowedPayment = payment.replacingOccurrences(of: "[EUR, USD]", with: "[EUR]")

    /// A folder with `openapi.yaml` and `schemas/payment.yaml`.
    private func writeSpec(in directory: URL, payment: String = payment) throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("schemas"), withIntermediateDirectories: true)
        try Self.old.write(to: directory.appendingPathComponent("openapi.yaml"), atomically: true, encoding: .utf8)
        try payment.write(to: directory.appendingPathComponent("schemas/payment.yaml"), atomically: true, encoding: .utf8)
    }

    @Test func breakingChangeBetweenTwoFilesExitsOne() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        try writeSpec(in: directory.appendingPathComponent("old"))
        try writeSpec(in: directory.appendingPathComponent("new"), payment: Self.narrowedPayment)
        let result = try GeneratorProcess.run(["diff", "old/openapi.yaml", "new/openapi.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains(
            "new/schemas/payment.yaml:5:34: error: request `currency` of body (`application/json`) of `POST /payments`: "
            + "enum value `\"USD\"` was removed (old version: old/schemas/payment.yaml:5:40) [enum-value-removed]"
        ), "\(result.standardOutput)")
        #expect(result.standardOutput.contains(
            "new/schemas/payment.yaml:5:13: error: case `Payment.Currency.usd` was removed "
            + "(old version: old/schemas/payment.yaml:5:13) [swift-case-removed]"
        ), "\(result.standardOutput)")
        #expect(result.standardError.contains("diff: 2 breaking, 0 warning, 0 info (1 on the wire, 1 in Swift)"), "\(result.standardError)")
    }

    @Test func sameSpecExitsZero() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        try writeSpec(in: directory)
        let result = try GeneratorProcess.run(["diff", "openapi.yaml", "openapi.yaml"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func revisionOfAMultiFileSpecIsReadThroughGit() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        let specs = directory.appendingPathComponent("specs")
        try writeSpec(in: specs)
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "v1"]] {
            try git(arguments, in: directory)
        }
        try Self.narrowedPayment.write(to: specs.appendingPathComponent("schemas/payment.yaml"), atomically: true, encoding: .utf8)
        let result = try GeneratorProcess.run(["diff", "git:HEAD:specs/openapi.yaml", "specs/openapi.yaml"], in: directory)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains(
            "specs/schemas/payment.yaml:5:34: error: request `currency` of body (`application/json`) of `POST /payments`: "
            + "enum value `\"USD\"` was removed (old version (HEAD): specs/schemas/payment.yaml:5:40) [enum-value-removed]"
        ), "\(result.standardOutput)")
        // From a subfolder, the path is relative to it, as git's own `./` paths are.
        let nested = try GeneratorProcess.run(["diff", "git:HEAD:openapi.yaml", "openapi.yaml"], in: specs)
        #expect(nested.status == 1, "\(nested.standardError)")
    }

    @Test func unknownRevisionExitsTwo() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        try writeSpec(in: directory)
        try git(["init", "-q"], in: directory)
        let result = try GeneratorProcess.run(["diff", "git:no-such-branch:openapi.yaml", "openapi.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("error: git:no-such-branch:openapi.yaml: no file openapi.yaml at no-such-branch"), "\(result.standardError)")
    }

    @Test func unreadableSpecExitsTwoWithItsLocation() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        try writeSpec(in: directory)
        try "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: [\n".write(
            to: directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try GeneratorProcess.run(["diff", "openapi.yaml", "broken.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.contains("broken.yaml:"), "\(result.standardError)")
        let missing = try GeneratorProcess.run(["diff", "openapi.yaml", "absent.yaml"], in: directory)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("error: absent.yaml: no such file"), "\(missing.standardError)")
    }

    @Test func everyFormatWritesTheSameFinding() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        try writeSpec(in: directory.appendingPathComponent("old"))
        try writeSpec(in: directory.appendingPathComponent("new"), payment: Self.narrowedPayment)
        let arguments = ["diff", "old/openapi.yaml", "new/openapi.yaml", "--format"]

        let json = try GeneratorProcess.run(arguments + ["json", "--output", "report.json"], in: directory)
        #expect(json.status == 1 && json.standardOutput.isEmpty)
        let report = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("report.json"))) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "enum-value-removed" })
        #expect(finding["file"] as? String == "new/schemas/payment.yaml")
        #expect(finding["pointer"] as? String == "/properties/currency/enum")
        let related = try #require((finding["related"] as? [[String: Any]])?.first)
        #expect(related["file"] as? String == "old/schemas/payment.yaml" && related["pointer"] as? String == "/properties/currency/enum/1")

        let sarif = try GeneratorProcess.run(arguments + ["sarif"], in: directory)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "swift-case-removed" })
        #expect((run["results"] as? [[String: Any]])?.count == 2)

        let github = try GeneratorProcess.run(arguments + ["github"], in: directory)
        #expect(github.standardOutput.contains("::error file=new/schemas/payment.yaml,line=5,col=34,title=enum-value-removed::"), "\(github.standardOutput)")
    }

    @Test func configurationIgnoresByCheckAndPointer() throws {
        let directory = try GeneratorProcess.scratchDirectory()
        try writeSpec(in: directory.appendingPathComponent("old"))
        try writeSpec(in: directory.appendingPathComponent("new"), payment: Self.narrowedPayment)
        try """
            providers: []
            diff:
              ignore:
                - check: enum-value-removed
                  pointer: /properties/currency/**
                - check: swift-case-removed
            """.write(to: directory.appendingPathComponent("generator.yaml"), atomically: true, encoding: .utf8)
        let result = try GeneratorProcess.run(["diff", "old/openapi.yaml", "new/openapi.yaml"], in: directory)
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.isEmpty)

        try "diff:\n  ignore:\n    - check: enum-value-gone\n".write(
            to: directory.appendingPathComponent("generator.yaml"), atomically: true, encoding: .utf8)
        let unknown = try GeneratorProcess.run(["diff", "old/openapi.yaml", "new/openapi.yaml"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("generator.yaml:3:14: error: unknown check `enum-value-gone`"), "\(unknown.standardError)")
    }

    @Test func listsEveryCheck() throws {
        let result = try GeneratorProcess.run(["diff", "--list-checks"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("property-became-required [breaking]: "))
        #expect(result.standardOutput.contains("swift-property-renamed [breaking]: "))
    }

    private func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }
}
