import Foundation
import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import SpecwrightTestSupport
import Testing

/// Generates the types of a spec, compiles them with a `main.swift` against the `SpecwrightValidation`
/// module of the build that runs the tests, and runs the program.
enum GeneratedProgram {
    /// The program's output, or `nil` (with a message) when the build products are not found. A compile
    /// failure is recorded as a test issue.
    static func run(spec: String, path: String = "/programs/spec.yaml", program: String, module: String, optimized: Bool = false) throws -> String? {
        guard let build = BuildProducts.locate() else { return nil }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-\(module)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let model = try ModelBuilder.build(try Spec.load(text: spec, path: path))
        var sources: [String] = []
        for file in try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: "spec.yaml") {
            let url = scratch.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
            sources.append(url.path)
        }
        let main = scratch.appendingPathComponent("main.swift")
        try Data(program.utf8).write(to: main)
        let executable = scratch.appendingPathComponent(module).path
        let compile = try runProcess("/usr/bin/env", ["swiftc", "-swift-version", "6", "-module-name", module, "-warnings-as-errors"]
                                     + (optimized ? ["-O"] : []) + ["-o", executable, "-I", build.modules] + sources + [main.path] + build.validationObjects)
        #expect(compile.status == 0, "generated code does not compile:\n\(compile.output)")
        guard compile.status == 0 else { return nil }
        let result = try runProcess(executable, [])
        #expect(result.status == 0, "\(result.output)")
        return result.output
    }
}
