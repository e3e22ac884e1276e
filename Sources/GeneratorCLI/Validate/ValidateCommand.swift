import ArgumentParser
import Foundation
import SpecwrightJSONSchema
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightValidation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validates JSON payloads against a JSON Schema or a schema of an OpenAPI spec.",
        discussion: """
        Exit status: 0 when every payload is valid, 1 when any is invalid, 2 on a usage, schema or spec error.
        With --spec, formats (iban, bic, country, date-time, ...) are always asserted; with --schema-file they \
        follow the dialect (an annotation in 2020-12) unless --assert-formats is given.
        """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "A JSON Schema document.")
    var schemaFile: String?

    @Option(help: "The dialect of --schema-file: \(JSONSchemaDialect.allCases.map(\.rawValue).joined(separator: ", ")) (default: its $schema, else 2020-12).")
    var dialect: String?

    @Flag(help: "Treat `format` as an assertion with --schema-file.")
    var assertFormats = false

    @Option(help: "An OpenAPI spec (YAML or JSON); use with --schema.")
    var spec: String?

    @Option(help: "With --spec: a component schema name, or a JSON pointer into the spec.")
    var schema: String?

    @Option(help: ArgumentHelp(
        "With --spec: let $refs also read files in this folder (repeatable).",
        discussion: "By default the spec's $refs read only files under its folder, as with generate.",
        valueName: "folder"
    ))
    var allowRefsOutside: [String] = []

    @Flag(help: "Read one JSON instance per line from standard input and print one result per line.")
    var jsonl = false

    @Option(help: "How to print results: text or json.")
    var format: OutputFormat = .text

    @Argument(help: "JSON files to validate.")
    var files: [String] = []

    func validate() throws {
        switch (schemaFile, spec) {
        case (nil, nil): throw ValidationError("give --schema-file, or --spec with --schema")
        case (.some, .some): throw ValidationError("--schema-file and --spec exclude each other")
        case (nil, .some) where schema == nil: throw ValidationError("--spec needs --schema NAME_OR_JSON_POINTER")
        case (.some, nil) where schema != nil: throw ValidationError("--schema goes with --spec; use --schema-file for a schema document")
        default: break
        }
        if let dialect, JSONSchemaDialect(rawValue: dialect) == nil {
            throw ValidationError("unknown dialect '\(dialect)'; expected one of \(JSONSchemaDialect.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if spec != nil, dialect != nil || assertFormats {
            throw ValidationError("--dialect and --assert-formats go with --schema-file (a spec has its own dialect and always asserts formats)")
        }
        if spec == nil, !allowRefsOutside.isEmpty {
            throw ValidationError("--allow-refs-outside goes with --spec")
        }
        if jsonl != files.isEmpty {
            throw ValidationError(jsonl ? "--jsonl reads standard input; give no files" : "give at least one file, or --jsonl")
        }
    }

    func run() throws {
        let check: (JSONValue) -> [ValidationIssue]
        do {
            check = try makeValidator()
        } catch let error as SpecError {
            printError(error.description)
            throw ExitCode(2)
        } catch {
            printError("error: \(error)")
            throw ExitCode(2)
        }
        var anyInvalid = false
        if jsonl {
            var lines = ByteLineReader(descriptor: FileHandle.standardInput.fileDescriptor)
            var lineNumber = 0
            while let line = try Self.nextLine(from: &lines) {
                lineNumber += 1
                if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
                let outcome = Self.outcome(of: line, check: check)
                anyInvalid = anyInvalid || !outcome.isValid
                print(render(outcome, source: "line \(lineNumber)", oneLine: true))
            }
        } else {
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    printError("error: cannot read \(file)")
                    throw ExitCode(2)
                }
                let outcome = Self.outcome(of: data, check: check)
                anyInvalid = anyInvalid || !outcome.isValid
                print(render(outcome, source: file, oneLine: false))
            }
        }
        if anyInvalid { throw ExitCode(1) }
    }

    private static func nextLine(from lines: inout ByteLineReader) throws -> Data? {
        do {
            return try lines.next()
        } catch {
            printError("error: cannot read standard input: \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    private func makeValidator() throws -> (JSONValue) -> [ValidationIssue] {
        if let spec, let schema {
            let specFolder = URL(fileURLWithPath: spec).standardizedFileURL.deletingLastPathComponent().path
            let scope = ReferenceScope(folders: [specFolder] + allowRefsOutside)
            let validator = try SpecSchemaValidator(spec: try Spec.load(fileAt: spec, scope: scope), schema: schema)
            return validator.validate
        }
        guard let path = schemaFile else { throw ValidationError("give --schema-file, or --spec with --schema") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecError("cannot read the schema file", at: SourceLocation(file: path, line: 1, column: 1))
        }
        let document: JSONValue
        do {
            document = try JSONValue(parsing: data)
        } catch let error as JSONParseError {
            throw SpecError(error.message, at: SourceLocation(file: path, line: error.line, column: error.column))
        }
        let schemaURL = URL(fileURLWithPath: path).standardizedFileURL
        let validator = try JSONSchemaValidator(schema: document, options: .init(
            dialect: dialect.flatMap(JSONSchemaDialect.init(rawValue:)),
            assertFormats: assertFormats,
            baseURI: schemaURL.absoluteString,
            // Relative `$ref`s name files beside the schema.
            resolver: { url in
                guard url.isFileURL, let data = FileManager.default.contents(atPath: url.path) else { return nil }
                return try JSONValue(parsing: data)
            }
        ))
        return validator.validate
    }

    /// The issues with one payload, or why it is not JSON.
    struct Outcome {
        var issues: [ValidationIssue]
        var parseError: String?
        var isValid: Bool { issues.isEmpty && parseError == nil }
    }

    static func outcome(of data: Data, check: (JSONValue) -> [ValidationIssue]) -> Outcome {
        do {
            return Outcome(issues: check(try JSONValue(parsing: data)), parseError: nil)
        } catch {
            return Outcome(issues: [], parseError: "not JSON: \(error)")
        }
    }

    private func render(_ outcome: Outcome, source: String, oneLine: Bool) -> String {
        switch format {
        case .json:
            var object: [String: JSONValue] = ["valid": .bool(outcome.isValid)]
            if !jsonl { object["file"] = .string(source) }
            if let parseError = outcome.parseError { object["error"] = .string(parseError) }
            object["issues"] = .array(outcome.issues.map { issue in
                .object([
                    "instanceLocation": .string(issue.instanceLocation),
                    "schemaLocation": .string(issue.schemaLocation),
                    "code": .string(issue.code.rawValue),
                    "message": .string(issue.message),
                ])
            })
            return Self.compactJSON(.object(object))
        case .text:
            let prefix = jsonl ? "" : "\(source): "
            if outcome.isValid { return prefix + "valid" }
            if let parseError = outcome.parseError { return prefix + "invalid: " + parseError }
            if oneLine { return prefix + "invalid: " + outcome.issues.map(\.description).joined(separator: "; ") }
            return prefix + "invalid\n" + outcome.issues.map { "  \($0)" }.joined(separator: "\n")
        }
    }

    /// JSON with sorted keys on one line, so that output is stable and `--jsonl` stays one result per line.
    static func compactJSON(_ value: JSONValue) -> String {
        let data = (try? JSONEncoder.sortedKeys.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension JSONEncoder {
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
