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
        guard let output = try GeneratedProgram.run(spec: Self.spec, path: "/recursion/spec.yaml", program: Self.program, module: "Recursion")
        else { return }
        #expect(output == """
        [[[]],[]]
        {"a":[{"b":[]}]}
        [["x"],"y",[]]
        {"children":[[]],"name":"a","parent":{"name":"b"}}

        """)
    }
}
