import Testing
@testable import SpecwrightLint

@Suite struct DiscriminatorRuleTests {
    static let pets = """
    components:
      schemas:
        Pet:
          oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
          discriminator:
            propertyName: kind
            mapping: {cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog"}
        Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
        Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
        Fish: {type: object, required: [kind], properties: {kind: {type: string}}}

    """

    @Test func discriminatorPropertyName() throws {
        let flagged = Self.pets.replacingOccurrences(of: "propertyName: kind", with: "x-note: none")
        #expect(try LintSnippet.findings(DiscriminatorPropertyName.self, flagged).map(\.rule) == ["discriminator-property-name"])
        #expect(try LintSnippet.findings(DiscriminatorPropertyName.self, Self.pets).isEmpty)
    }

    @Test func discriminatorPropertyRequired() throws {
        let flagged = Self.pets.replacingOccurrences(of: "Dog: {type: object, required: [kind],", with: "Dog: {type: object,")
        #expect(try LintSnippet.lines(DiscriminatorPropertyRequired.self, flagged) == ["8:9: discriminator property `kind` is not required by `Dog`"])
        #expect(try LintSnippet.lines(DiscriminatorPropertyRequired.self, Self.pets).isEmpty)
    }

    @Test func discriminatorMappingMember() throws {
        let flagged = Self.pets.replacingOccurrences(of: "dog: \"#/components/schemas/Dog\"", with: "dog: \"#/components/schemas/Fish\"")
        #expect(try LintSnippet.lines(DiscriminatorMappingMember.self, flagged) == [
            "9:52: discriminator value `dog` maps to `Fish`, which is not one of the variants",
        ])
        #expect(try LintSnippet.lines(DiscriminatorMappingMember.self, Self.pets).isEmpty)
    }
}
