import Foundation
import Testing

struct ValidateCommandTests {
    static let schema = """
    {"type": "object", "required": ["iban"], "properties": {"iban": {"type": "string", "format": "iban"}}}
    """

    private func scratchWithSchema() throws -> URL {
        let scratch = try GeneratorProcess.scratchDirectory()
        try Data(Self.schema.utf8).write(to: scratch.appendingPathComponent("schema.json"))
        try Data(#"{"iban": "DE89 3704 0044 0532 0130 00"}"#.utf8).write(to: scratch.appendingPathComponent("good.json"))
        try Data(#"{"iban": "DE88370400440532013000"}"#.utf8).write(to: scratch.appendingPathComponent("bad.json"))
        return scratch
    }

    @Test func formatsAreAnnotationsUnlessAsserted() throws {
        let scratch = try scratchWithSchema()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let annotation = try GeneratorProcess.run(["validate", "--schema-file", "schema.json", "good.json", "bad.json"], in: scratch)
        #expect(annotation.status == 0)
        #expect(annotation.standardOutput == "good.json: valid\nbad.json: valid\n")

        let assertion = try GeneratorProcess.run(["validate", "--schema-file", "schema.json", "--assert-formats", "good.json", "bad.json"], in: scratch)
        #expect(assertion.status == 1)
        #expect(assertion.standardOutput.hasPrefix("good.json: valid\nbad.json: invalid\n  /iban: "))
        #expect(assertion.standardOutput.contains("is not a valid iban: IBAN check digits are wrong"))
        #expect(assertion.standardOutput.contains("[format: iban.checkDigits]"))
    }

    @Test func jsonLinesGiveOneResultPerLine() throws {
        let scratch = try scratchWithSchema()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = "{\"iban\": \"DE89370400440532013000\"}\n{}\n"
        let result = try GeneratorProcess.run(
            ["validate", "--schema-file", "schema.json", "--assert-formats", "--jsonl", "--format", "json"], input: input, in: scratch
        )
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == #"{"issues":[],"valid":true}"#)
        #expect(lines.last?.contains(#""code":"required""#) == true)
    }

    @Test func specSchemasAssertFormats() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Payee:
              type: object
              properties:
                bic: {type: string, format: bic}
        """.utf8).write(to: scratch.appendingPathComponent("spec.yaml"))
        try Data(#"{"bic": "cobadeffxxx"}"#.utf8).write(to: scratch.appendingPathComponent("payee.json"))
        let result = try GeneratorProcess.run(["validate", "--spec", "spec.yaml", "--schema", "Payee", "payee.json"], in: scratch)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("/bic: "))

        let unknown = try GeneratorProcess.run(["validate", "--spec", "spec.yaml", "--schema", "Payer", "payee.json"], in: scratch)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no schema at `/components/schemas/Payer`"))
    }

    @Test func missingSchemaIsAUsageError() throws {
        let result = try GeneratorProcess.run(["validate", "payload.json"])
        #expect(result.status == 2)
    }
}

/// Payloads that are not quite JSON, or JSON that a `Double` or a `String`-keyed object cannot hold.
struct ValidateCommandHostileInputTests {
    private func run(_ input: Data, schema: String = #"{"type": "integer"}"#) throws -> GeneratorProcess.Result {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(schema.utf8).write(to: scratch.appendingPathComponent("schema.json"))
        return try GeneratorProcess.run(["validate", "--schema-file", "schema.json", "--jsonl"], inputBytes: input, in: scratch)
    }

    @Test func jsonLinesRejectInvalidUTF8WithTheLineNumber() throws {
        var input = Data("1\n\"caf".utf8)
        input.append(contentsOf: [0xC3, 0x28])
        input.append(contentsOf: Array("\"\n2\n".utf8))
        let result = try run(input, schema: "{}")
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "valid" && lines[2] == "valid")
        #expect(lines[1].hasPrefix("invalid: not JSON: line 1, column 1"), "\(lines[1])")
        #expect(lines[1].contains("UTF-8"), "\(lines[1])")
    }

    @Test func numbersBeyondDoubleAreRejectedNotRounded() throws {
        let result = try run(Data("1e-400\n1e400\n-1e400\n5e-324\n".utf8))
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].contains("the number 1e-400 is too close to zero for a 64-bit float"), "\(lines[0])")
        #expect(lines[1].contains("the number 1e400 is beyond the range of a 64-bit float"), "\(lines[1])")
        #expect(lines[2].contains("the number -1e400 is beyond the range"), "\(lines[2])")
        #expect(lines[3].contains("[type]"), "5e-324 is a real number, not an integer: \(lines[3])")
        #expect(!result.standardOutput.contains("inf"))
    }

    /// A spec whose `Payee` takes its `bic` from `../shared.yaml`, outside the spec's folder.
    private func scratchWithSharedSchema() throws -> URL {
        let scratch = try GeneratorProcess.scratchDirectory()
        let specs = scratch.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: specs, withIntermediateDirectories: true)
        try Data("BIC: {type: string, format: bic}\n".utf8).write(to: scratch.appendingPathComponent("shared.yaml"))
        try Data("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Payee:
              type: object
              properties:
                bic: {$ref: '../shared.yaml#/BIC'}
        """.utf8).write(to: specs.appendingPathComponent("spec.yaml"))
        try Data(#"{"bic": "cobadeffxxx"}"#.utf8).write(to: scratch.appendingPathComponent("payee.json"))
        return scratch
    }

    @Test func specRefsOutsideTheSpecsFolderNeedAFlag() throws {
        let scratch = try scratchWithSharedSchema()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let arguments = ["validate", "--spec", "specs/spec.yaml", "--schema", "Payee", "payee.json"]

        let refused = try GeneratorProcess.run(arguments, in: scratch)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("specs/spec.yaml:9:21: error: cannot resolve $ref '../shared.yaml#/BIC': "),
                "\(refused.standardError)")
        #expect(refused.standardError.contains("shared.yaml is outside the allowed folder "), "\(refused.standardError)")

        let allowed = try GeneratorProcess.run(arguments + ["--allow-refs-outside", scratch.path], in: scratch)
        #expect(allowed.status == 1, "\(allowed.standardError)")
        #expect(allowed.standardOutput.hasPrefix("payee.json: invalid\n  /bic: "))
    }

    @Test func allowRefsOutsideGoesWithSpec() throws {
        let result = try GeneratorProcess.run(["validate", "--schema-file", "schema.json", "--allow-refs-outside", "/", "good.json"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--allow-refs-outside goes with --spec"))
    }

    @Test func refToTheWholeDocumentSaysWhatItIs() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Payee: {$ref: '#'}
        """.utf8).write(to: scratch.appendingPathComponent("spec.yaml"))
        try Data("{}".utf8).write(to: scratch.appendingPathComponent("payee.json"))
        let result = try GeneratorProcess.run(["validate", "--spec", "spec.yaml", "--schema", "Payee", "payee.json"], in: scratch)
        #expect(result.status == 2)
        #expect(result.standardError.contains(
            "spec.yaml:6:19: error: $ref '#' refers to the whole OpenAPI document, not a schema"), "\(result.standardError)")
    }
}
