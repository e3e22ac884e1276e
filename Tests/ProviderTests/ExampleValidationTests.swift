import Foundation
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// Every example in a provider spec (on a schema, a parameter or a media type) is valid against the schema
/// it illustrates, with formats asserted: an example that breaks its own rules teaches integrators the wrong thing.
struct ExampleValidationTests {
    @Test(arguments: ProviderFixtures.providers)
    func examplesMatchTheirSchemas(provider: String) throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: provider).path)
        let examples = IllustratedSchema.all(in: spec.root)
        // Tradevest's published fragments carry no examples; every other seed does.
        #expect(provider == "Tradevest" || !examples.isEmpty, "no examples found in \(provider)'s spec")
        for example in examples {
            let validator = try SpecSchemaValidator(spec: spec, schema: example.schemaPointer)
            let issues = validator.validate(JSONValue(example.value))
            #expect(issues.isEmpty, "\(example.value.location): example for \(example.schemaPointer): \(issues)")
        }
    }
}

/// An example value and the pointer of the schema it illustrates.
struct IllustratedSchema {
    var schemaPointer: String
    var value: Node

    static let schemaKeywords: Set<String> = [
        "type", "properties", "$ref", "enum", "const", "format", "items", "allOf", "oneOf", "anyOf", "pattern",
    ]

    static func all(in root: Node) -> [IllustratedSchema] {
        var found: [IllustratedSchema] = []
        var pending = [root]
        while let node = pending.popLast() {
            if let array = node.array {
                pending.append(contentsOf: array)
                continue
            }
            guard let members = node.object else { continue }
            if members["schema"] != nil {
                // A parameter or media type: `example`, or `examples` as a map of Example Objects.
                let schema = node.pointer + "/schema"
                if let example = members["example"] { found.append(IllustratedSchema(schemaPointer: schema, value: example)) }
                for (_, named) in members["examples"]?.object ?? [:] {
                    if let value = named["value"] { found.append(IllustratedSchema(schemaPointer: schema, value: value)) }
                }
            } else if !schemaKeywords.isDisjoint(with: members.keys) {
                if let example = members["example"] { found.append(IllustratedSchema(schemaPointer: node.pointer, value: example)) }
                for value in members["examples"]?.array ?? [] {
                    found.append(IllustratedSchema(schemaPointer: node.pointer, value: value))
                }
            }
            // Examples are data, and extensions are not schemas: look for more only in the rest.
            for (key, child) in members where key != "example" && key != "examples" && !key.hasPrefix("x-") {
                pending.append(child)
            }
        }
        return found.sorted { ($0.value.location.line, $0.value.location.column) < ($1.value.location.line, $1.value.location.column) }
    }
}
