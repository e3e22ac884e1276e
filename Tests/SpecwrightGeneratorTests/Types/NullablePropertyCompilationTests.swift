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
        guard let output = try GeneratedProgram.run(spec: Self.spec, path: "/nullable/spec.yaml", program: Self.program, module: "Patch")
        else { return }
        #expect(output == """
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
