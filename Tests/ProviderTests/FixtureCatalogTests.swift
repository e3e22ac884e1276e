import Foundation
import SpecwrightTestSupport
import Testing

/// The provider fixtures are data other tests rely on: check that each is well-formed before trusting it.
struct FixtureCatalogTests {
    @Test(arguments: ProviderFixtures.providers)
    func everyFixtureNamesAComponentSchemaOfItsSpec(provider: String) throws {
        let fixtures = try ProviderFixtures.load(provider: provider)
        #expect(!fixtures.isEmpty, "no fixtures for \(provider)")
        let specText = try String(contentsOf: ProviderFixtures.specURL(provider: provider), encoding: .utf8)
        for fixture in fixtures {
            // Component schema names appear as keys in the spec, whether it is YAML or JSON.
            #expect(
                specText.contains("\n    \(fixture.schema):") || specText.contains("\"\(fixture.schema)\": {"),
                "\(fixture.file): schema \(fixture.schema) is not a component of \(provider)'s spec"
            )
            if fixture.isInvalid {
                #expect(fixture.keyword != nil && fixture.rule != nil && fixture.instanceLocation != nil,
                        "\(fixture.file): an invalid fixture records the rule, keyword and instance location it breaks")
            }
        }
    }
}
