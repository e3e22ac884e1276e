import Foundation
import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import Testing

/// Generated structs keep "absent" and "null" apart for nullable members that may be left out, through every
/// coding path: synthesised `Codable`, the hand-written one (dates, UUIDs), deprecated and boxed storage.
/// The generated files are compiled with `swiftc` against this build's `SpecwrightValidation` and run.
struct NullablePropertyCompilationTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: Patch, version: "1"}
    paths: {}
    components:
      schemas:
        ProfilePatch:
          type: object
          properties:
            nickname: {type: string, nullable: true}
            tags: {type: array, items: {type: string}}
        AccountPatch:
          type: object
          required: [note]
          properties:
            closesAt: {type: string, format: date-time, nullable: true}
            owner: {type: string, format: uuid, nullable: true}
            legacyCode: {type: string, nullable: true, deprecated: true}
            note: {type: string, nullable: true}
            parent:
              allOf: [{$ref: '#/components/schemas/AccountPatch'}]
              nullable: true
    """

    static let program = """
    import Foundation

    func roundTrip<T: Codable>(_ type: T.Type, _ json: String) throws -> String {
        let value = try JSONDecoder().decode(type, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    print(try roundTrip(ProfilePatch.self, #"{}"#))
    print(try roundTrip(ProfilePatch.self, #"{"nickname":null}"#))
    print(try roundTrip(ProfilePatch.self, #"{"nickname":"Ada","tags":["a"]}"#))
    print(try roundTrip(AccountPatch.self, #"{"note":null}"#))
    print(try roundTrip(AccountPatch.self, #"{"closesAt":null,"legacyCode":null,"note":"n","owner":null,"parent":null}"#))
    print(try roundTrip(AccountPatch.self, #"{"closesAt":"2025-01-02T03:04:05Z","note":null,"owner":"6f1c2f7e-0a8b-4d4c-9c61-2f3b6a1d9e10","parent":{"note":null}}"#))
    print(try encoded(ProfilePatch()))
    print(try encoded(ProfilePatch(nickname: .null)))
    var patch = AccountPatch(note: nil)
    patch.closesAt = .value(Date(timeIntervalSince1970: 0))
    print(try encoded(patch))
    print(patch.owner.isAbsent, patch.closesAt.wrapped != nil)
    """

    @Test func absentAndNullRoundTripThroughGeneratedCode() throws {
        guard let build = BuildProducts.locate() else { return }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-nullable-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        let model = try ModelBuilder.build(try Spec.load(text: Self.spec, path: "/nullable/spec.yaml"))
        var sources: [String] = []
        for file in try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: "spec.yaml") {
            let url = scratch.appendingPathComponent(file.path)
            try Data(file.contents.utf8).write(to: url)
            sources.append(url.path)
        }
        let main = scratch.appendingPathComponent("main.swift")
        try Data(Self.program.utf8).write(to: main)
        let executable = scratch.appendingPathComponent("nullable").path

        let compile = try runProcess("/usr/bin/env", ["swiftc", "-swift-version", "6", "-module-name", "Patch", "-warnings-as-errors", "-o", executable,
                                                      "-I", build.modules] + sources + [main.path] + build.validationObjects)
        #expect(compile.status == 0, "generated code does not compile:\n\(compile.output)")
        guard compile.status == 0 else { return }
        let result = try runProcess(executable, [])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == """
        {}
        {"nickname":null}
        {"nickname":"Ada","tags":["a"]}
        {"note":null}
        {"closesAt":null,"legacyCode":null,"note":"n","owner":null,"parent":null}
        {"closesAt":"2025-01-02T03:04:05Z","note":null,"owner":"6f1c2f7e-0a8b-4d4c-9c61-2f3b6a1d9e10","parent":{"note":null}}
        {}
        {"nickname":null}
        {"closesAt":"1970-01-01T00:00:00Z","note":null}
        true true

        """)
    }
}
