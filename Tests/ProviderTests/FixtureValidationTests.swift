import Foundation
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// Each provider's documented rules are machine-checked: valid fixtures pass their component schema, and each
/// invalid fixture fails with exactly the keyword it records, at the recorded place.
struct FixtureValidationTests {
    @Test(arguments: ProviderFixtures.providers)
    func validFixturesPass(provider: String) throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: provider).path)
        for fixture in try ProviderFixtures.load(provider: provider) where !fixture.isInvalid {
            let validator = try SpecSchemaValidator(spec: spec, schema: fixture.schema)
            let issues = validator.validate(try JSONValue(parsing: fixture.payload))
            #expect(issues.isEmpty, "\(fixture.file): \(issues)")
        }
    }

    @Test(arguments: ProviderFixtures.providers)
    func invalidFixturesBreakExactlyTheirRule(provider: String) throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: provider).path)
        for fixture in try ProviderFixtures.load(provider: provider) where fixture.isInvalid {
            let validator = try SpecSchemaValidator(spec: spec, schema: fixture.schema)
            let keyword = try #require(fixture.keyword)
            let location = try #require(fixture.instanceLocation)
            // Applicators (`allOf`, `then`, `oneOf`, `properties`...) also report when a subschema fails;
            // what matters is which assertion failed and where.
            let assertions = validator.validate(try JSONValue(parsing: fixture.payload)).filter {
                !Self.applicators.contains($0.code.rawValue) || $0.code.rawValue == keyword
            }
            #expect(assertions.contains { $0.code.rawValue == keyword && Self.reports($0.instanceLocation, at: location, for: keyword) },
                    "\(fixture.file): expected `\(keyword)` at \(location), got \(assertions)")
            let allowed = Set([keyword] + fixture.alsoFails)
            #expect(assertions.allSatisfy { allowed.contains($0.code.rawValue) },
                    "\(fixture.file): breaks more than its rule: \(assertions)")
        }
    }

    /// A member that `additionalProperties: false` rejects may be reported at the member or at its object.
    static func reports(_ issueLocation: String, at location: String, for keyword: String) -> Bool {
        if issueLocation == location { return true }
        guard keyword == "additionalProperties" || keyword == "unevaluatedProperties",
              let slash = issueLocation.lastIndex(of: "/") else { return false }
        return String(issueLocation[..<slash]) == location
    }

    static let applicators: Set<String> = [
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "properties", "patternProperties",
        "additionalProperties", "items", "prefixItems", "contains", "dependentSchemas", "propertyNames",
        "unevaluatedProperties", "unevaluatedItems", "$ref", "$dynamicRef",
    ]
}
