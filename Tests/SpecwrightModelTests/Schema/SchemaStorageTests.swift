import SpecwrightModel
import SpecwrightReader
import Testing

/// A schema shares its keywords with its copies: changing a copy, through a common or a rare keyword, leaves
/// the others as they were.
struct SchemaStorageTests {
    private func schema(_ pointer: String) -> Schema {
        Schema(identity: "spec.yaml#" + pointer, location: SourceLocation(file: "spec.yaml", line: 1, column: 1))
    }

    @Test func changingACopyLeavesTheOriginal() {
        var original = schema("/a")
        original.title = "A"
        original.minItems = 1
        var copy = original
        copy.title = "B"
        copy.minItems? += 1
        copy.patternProperties["^x-"] = schema("/b")
        #expect(original.title == "A")
        #expect(original.minItems == 1)
        #expect(original.patternProperties.isEmpty)
        #expect(copy.title == "B")
        #expect(copy.minItems == 2)
        #expect(copy.patternProperties.keys.elementsEqual(["^x-"]))
    }

    @Test func aSchemaWithoutRareKeywordsReadsTheirDefaults() {
        let plain = schema("/a")
        #expect(plain.minimum == nil)
        #expect(plain.prefixItems.isEmpty)
        #expect(plain.definitions.isEmpty)
        #expect(plain.not == nil)
    }

    @Test func nestedSchemasChangeInPlace() {
        var root = schema("/a")
        root.not = schema("/a/not")
        root.not?.dependentRequired["b"] = ["c"]
        root.not?.dependentRequired["b"]?.append("d")
        #expect(root.not?.dependentRequired["b"] == ["c", "d"])
    }
}
