import Foundation
import SpecwrightModel
import SpecwrightReader
import SpecwrightTestSupport
import Testing

/// Every valid fixture and every example in every provider spec decodes into its generated type and
/// encodes back to equal JSON.
struct RoundTripTests {
    @Test(arguments: GeneratedProviders.names)
    func validFixturesRoundTrip(provider: String) throws {
        let types = try #require(GeneratedProviders.componentTypes[provider])
        let fixtures = try ProviderFixtures.load(provider: provider).filter { !$0.isInvalid }
        #expect(!fixtures.isEmpty)
        for fixture in fixtures {
            let type = try #require(types[fixture.schema], "\(fixture.file): no generated type for \(fixture.schema)")
            #expect(throws: Never.self, "\(fixture.file)") { try RoundTrip.check(type, payload: fixture.payload) }
        }
    }

    @Test(arguments: GeneratedProviders.names)
    func specExamplesRoundTrip(provider: String) throws {
        let types = try #require(GeneratedProviders.componentTypes[provider])
        let examples = try SpecExamples.load(ProviderFixtures.specURL(provider: provider))
        for example in examples {
            let type = try #require(types[example.schema], "\(example.origin): no generated type for \(example.schema)")
            #expect(throws: Never.self, "\(example.origin)") {
                try RoundTrip.check(type, payload: Data(example.json.utf8))
            }
        }
    }
}

/// The examples of a spec that illustrate a component schema: on the schema itself, or on a media type
/// or parameter whose schema is a `$ref` to it.
struct SpecExamples {
    var schema: String
    var origin: String
    var json: String

    static func load(_ url: URL) throws -> [SpecExamples] {
        let spec = try Spec.load(fileAt: url.path)
        let model = try ModelBuilder.build(spec)
        let keysByIdentity = Dictionary(uniqueKeysWithValues: model.schemas.map { ($0.value.identity, $0.key) })
        var examples: [SpecExamples] = []
        for (key, schema) in model.schemas {
            for example in schema.examples {
                examples.append(SpecExamples(schema: key, origin: "\(example.location)", json: JSONText.compact(example)))
            }
        }
        for operation in model.operations + model.webhooks {
            let contents = (operation.requestBody?.contents ?? []) + operation.responses.flatMap(\.contents)
            for content in contents {
                guard let identity = content.schema?.reference, let key = keysByIdentity[identity] else { continue }
                for (_, value) in content.examples {
                    examples.append(SpecExamples(schema: key, origin: "\(value.location)", json: JSONText.compact(value)))
                }
            }
        }
        return examples
    }
}
