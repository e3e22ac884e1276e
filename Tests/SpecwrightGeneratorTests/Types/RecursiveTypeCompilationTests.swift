import Foundation
import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import Testing

/// Recursive schemas (`$ref` cycles through `items`, `additionalProperties`, `oneOf` and object members) give
/// Swift that compiles, decodes and encodes: the generated files are compiled with `swiftc` against the
/// `SpecwrightValidation` module of this build and run on sample payloads.
struct RecursiveTypeCompilationTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Recursion, version: "1"}
    paths: {}
    components:
      schemas:
        Tree: {type: array, items: {$ref: '#/components/schemas/Tree'}}
        Forest: {type: object, additionalProperties: {$ref: '#/components/schemas/Grove'}}
        Grove: {type: array, items: {$ref: '#/components/schemas/Forest'}}
        Expression:
          oneOf:
            - {type: array, items: {$ref: '#/components/schemas/Expression'}}
            - {type: string}
        Category:
          type: object
          properties:
            name: {type: string}
            parent: {$ref: '#/components/schemas/Category'}
            children: {$ref: '#/components/schemas/Tree'}
    """

    static let program = """
    import Foundation

    func roundTrip<T: Codable>(_ type: T.Type, _ json: String) throws -> String {
        let value = try JSONDecoder().decode(type, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    print(try roundTrip(Tree.self, "[[[]],[]]"))
    print(try roundTrip(Forest.self, #"{"a":[{"b":[]}]}"#))
    print(try roundTrip(Expression.self, #"[["x"],"y",[]]"#))
    print(try roundTrip(Category.self, #"{"name":"a","parent":{"name":"b"},"children":[[]]}"#))
    """

    @Test func recursiveSchemasCompileAndRoundTrip() throws {
        guard let build = BuildProducts.locate() else { return }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-recursion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let model = try ModelBuilder.build(try Spec.load(text: Self.spec, path: "/recursion/spec.yaml"))
        var sources: [String] = []
        for file in try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: "spec.yaml") {
            let url = scratch.appendingPathComponent(file.path)
            try Data(file.contents.utf8).write(to: url)
            sources.append(url.path)
        }
        let main = scratch.appendingPathComponent("main.swift")
        try Data(Self.program.utf8).write(to: main)
        let executable = scratch.appendingPathComponent("recursion").path

        let compile = try run("/usr/bin/env", ["swiftc", "-swift-version", "6", "-module-name", "Recursion", "-warnings-as-errors", "-o", executable,
                                               "-I", build.modules] + sources + [main.path] + build.validationObjects)
        #expect(compile.status == 0, "generated code does not compile:\n\(compile.output)")
        guard compile.status == 0 else { return }
        let result = try run(executable, [])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == """
        [[[]],[]]
        {"a":[{"b":[]}]}
        [["x"],"y",[]]
        {"children":[[]],"name":"a","parent":{"name":"b"}}

        """)
    }

    private func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// The module and object files of `SpecwrightValidation` in the build that runs these tests.
private struct BuildProducts {
    let modules: String
    let validationObjects: [String]

    static func locate() -> BuildProducts? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let modules = directory.appendingPathComponent("Modules")
        let objects = directory.appendingPathComponent("SpecwrightValidation.build")
        let objectFiles = (try? FileManager.default.contentsOfDirectory(atPath: objects.path))?
            .filter { $0.hasSuffix(".o") }.map { objects.appendingPathComponent($0).path } ?? []
        guard FileManager.default.fileExists(atPath: modules.appendingPathComponent("SpecwrightValidation.swiftmodule").path),
              !objectFiles.isEmpty
        else {
            print("skipped: no SpecwrightValidation module and objects beside \(directory.path)")
            return nil
        }
        return BuildProducts(modules: modules.path, validationObjects: objectFiles)
    }
}
