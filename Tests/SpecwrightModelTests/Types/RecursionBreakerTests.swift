import SpecwrightModel
import SpecwrightReader
import Testing

/// Recursive schemas give types Swift accepts; schemas that are only themselves are located errors.
struct RecursionBreakerTests {
    private func build(_ schemas: String) throws -> APIModel {
        try ModelBuilder.build(try Spec.load(text: """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
        \(schemas)
        """, path: "/recursion/spec.yaml"))
    }

    private func declaration(_ name: String, in model: APIModel) throws -> TypeDeclaration {
        try #require(model.types.first { $0.name == name })
    }

    @Test func arrayOfItselfBecomesAOneCaseEnumInsteadOfARecursiveAlias() throws {
        let model = try build("""
            Tree: {type: array, items: {$ref: '#/components/schemas/Tree'}}
        """)
        guard case .union(let union) = try declaration("Tree", in: model).kind else {
            Issue.record("expected an enum wrapping the array")
            return
        }
        #expect(union.cases.map(\.swiftName) == ["treeList"])
        #expect(union.cases.map(\.type) == [.array(.named("Tree"))])
        #expect(union.discriminatorProperty == nil)
    }

    @Test func mutuallyRecursiveAliasesThroughDictionariesAreBothWrapped() throws {
        let model = try build("""
            Forest: {type: object, additionalProperties: {$ref: '#/components/schemas/Grove'}}
            Grove: {type: array, items: {$ref: '#/components/schemas/Forest'}}
        """)
        for name in ["Forest", "Grove"] {
            guard case .union = try declaration(name, in: model).kind else {
                Issue.record("\(name) should be an enum, not a type alias")
                continue
            }
        }
    }

    @Test func aliasOutsideACycleStaysAnAlias() throws {
        let model = try build("""
            Names: {type: array, items: {type: string}}
        """)
        guard case .alias(.array(.string)) = try declaration("Names", in: model).kind else {
            Issue.record("expected typealias Names = [String]")
            return
        }
    }

    @Test(arguments: [
        ("Itself: {allOf: [{$ref: '#/components/schemas/Itself'}]}", "Itself", 6),
        ("Loop: {oneOf: [{$ref: '#/components/schemas/Loop'}, {type: string}]}", "Loop", 6),
        ("Loop: {anyOf: [{$ref: '#/components/schemas/Other'}, {type: integer}]}\n    Other: {allOf: [{$ref: '#/components/schemas/Loop'}]}", "Loop", 6),
    ])
    func schemaThatIsOnlyItselfIsALocatedError(_ schemas: String, _ name: String, _ line: Int) throws {
        let error = try #require(throws: SpecError.self) { try build("    " + schemas) }
        #expect(error.location?.file == "/recursion/spec.yaml")
        #expect(error.location?.line == line)
        #expect(error.message.contains("`\(name)` is only itself"))
    }

    @Test func recursionThroughAnObjectMemberIsBoxedNotRefused() throws {
        let model = try build("""
            Node: {oneOf: [{$ref: '#/components/schemas/Leaf'}, {$ref: '#/components/schemas/Branch'}]}
            Leaf: {type: string}
            Branch: {type: object, properties: {next: {$ref: '#/components/schemas/Node'}}}
        """)
        guard case .structure(let branch) = try declaration("Branch", in: model).kind else {
            Issue.record("expected a struct")
            return
        }
        #expect(branch.properties.map(\.isBoxed) == [true])
    }

    @Test func referenceToTheWholeDocumentIsALocatedError() throws {
        let error = try #require(throws: SpecError.self) { try build("    Root: {$ref: '#'}") }
        #expect(error.description == "/recursion/spec.yaml:6:18: error: $ref '#' refers to the whole OpenAPI document, not a schema (point it at a schema, e.g. '#/components/schemas/Name')")
    }
}
