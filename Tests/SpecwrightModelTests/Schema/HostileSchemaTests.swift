import Foundation
import SpecwrightModel
import SpecwrightReader
import Testing

/// Specs built to exhaust the stack, the clock or memory fail fast with a located error, or work in linear time.
struct HostileSchemaTests {
    private func spec(_ schemas: [String: Any], extra: [String: Any] = [:]) throws -> Spec {
        var document: [String: Any] = [
            "openapi": "3.1.0", "info": ["title": "T", "version": "1"], "paths": [:] as [String: Any],
            "components": ["schemas": schemas],
        ]
        document.merge(extra) { $1 }
        let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys])
        return try Spec.load(text: String(decoding: data, as: UTF8.self), path: "/hostile/spec.json")
    }

    @Test func deepPropertyNestingIsRefusedWithItsLocation() throws {
        var schema: [String: Any] = ["type": "string"]
        for _ in 0..<350 { schema = ["type": "object", "properties": ["p": schema]] }
        let error = try #require(throws: SpecError.self) { try ModelBuilder.build(try spec(["Deep": schema])) }
        #expect(error.message == "schema nesting deeper than 64 levels")
        #expect(error.location?.file == "/hostile/spec.json")
    }

    @Test func nestingJustUnderTheLimitIsBuilt() throws {
        var schema: [String: Any] = ["type": "string"]
        for _ in 0..<60 { schema = ["type": "object", "properties": ["p": schema]] }
        let model = try ModelBuilder.build(try spec(["Deep": schema]))
        let names = model.types.map(\.name)
        #expect(names == ["Deep"])
    }

    @Test func longAllOfChainOfReferencesIsFlattenedWithoutRecursion() throws {
        // 300 overflowed the stack of a debug build when `flatten` recursed.
        let length = 300
        var schemas: [String: Any] = ["S\(length)": ["type": "object", "properties": ["last": ["type": "string"]]]]
        for index in 0..<length {
            schemas["S\(index)"] = ["type": "object", "allOf": [["$ref": "#/components/schemas/S\(index + 1)"]]] as [String: Any]
        }
        let model = try ModelBuilder.build(try spec(schemas))
        guard case .structure(let first) = try #require(model.types.first { $0.name == "S0" }).kind else {
            Issue.record("S0 should be a struct")
            return
        }
        #expect(first.properties.map(\.wireName) == ["last"])
        #expect(model.types.count == length + 1)
    }

    @Test func longChainOfPlainReferencesResolvesInLinearTime() throws {
        let length = 1_000
        var schemas: [String: Any] = ["R\(length)": ["type": "string"]]
        for index in 0..<length { schemas["R\(index)"] = ["$ref": "#/components/schemas/R\(index + 1)"] }
        var definitions: [String: Any] = ["D\(length)": ["type": "object", "properties": ["a": ["type": "string"]]]]
        for index in 0..<length { definitions["D\(index)"] = ["$ref": "#/x-definitions/D\(index + 1)"] }
        schemas["Entry"] = ["$ref": "#/x-definitions/D0"]
        let model = try ModelBuilder.build(try spec(schemas, extra: ["x-definitions": definitions]))
        #expect(model.componentTypeNames["Entry"] == "Entry")
        let declaresTheEndOfTheChain = model.types.contains { $0.name == "D1000" }
        #expect(declaresTheEndOfTheChain)
    }

    @Test func hugeEnumIsReadInLinearTime() throws {
        let values = (0..<60_000).map { "value\($0 % 30_000)" }
        let model = try ModelBuilder.build(try spec(["Code": ["type": "string", "enum": values]]))
        guard case .stringEnumeration(let enumeration) = try #require(model.types.first).kind else {
            Issue.record("expected a string enum")
            return
        }
        #expect(enumeration.cases.count == 30_000)
    }

    @Test func aliasesRepeatingWholeSchemasRunOutOfBudgetWithALocation() throws {
        // Each level uses the one before 4 times: 4^6 copies of L0 to read and type, against a budget of 10,000.
        var yaml = """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            L0: &l0 {type: object, properties: {x: {type: string}}}

        """
        for level in 1...6 {
            let previous = "*l\(level - 1)"
            yaml += "    L\(level): &l\(level) {type: object, properties: {a: \(previous), b: \(previous), c: \(previous), d: \(previous)}}\n"
        }
        let error = try #require(throws: SpecError.self) {
            try ModelBuilder.build(try Spec.load(text: yaml, path: "/hostile/bomb.yaml"), expansionLimit: 10_000)
        }
        #expect(error.message.hasPrefix("building the model takes more than 10000 schema expansions"))
        #expect(error.location?.file == "/hostile/bomb.yaml")
    }
}

