import Foundation
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// The generated validators enforce each provider's documented rules on their own: valid fixtures and spec
/// examples pass `validated(from:)` and `validate()`, and each invalid fixture fails with exactly its
/// recorded code at its recorded place, the same issues as the dynamic validator reports.
struct GeneratedValidatorTests {
    @Test(arguments: ProviderFixtures.providers)
    func validFixturesPassTheGeneratedValidators(provider: String) throws {
        for fixture in try ProviderFixtures.load(provider: provider) where !fixture.isInvalid {
            let check = try #require(GeneratedProviders.validators[provider]?[fixture.schema], "\(fixture.file): no validator")
            let issues = JSONValidationContext.issues(of: try JSONValue(parsing: fixture.payload), check)
            #expect(issues.isEmpty, "\(fixture.file): \(issues)")
            guard let type = GeneratedProviders.componentTypes[provider]?[fixture.schema] as? any Validatable.Type else { continue }
            let value = try type.validated(from: fixture.payload)
            #expect(value.validationIssues().isEmpty, "\(fixture.file): the decoded value: \(value.validationIssues())")
            try value.validate()
        }
    }

    @Test(arguments: ProviderFixtures.providers)
    func invalidFixturesBreakExactlyTheirRuleThroughGeneratedCode(provider: String) throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: provider).path)
        for fixture in try ProviderFixtures.load(provider: provider) where fixture.isInvalid {
            let keyword = try #require(fixture.keyword)
            let location = try #require(fixture.instanceLocation)
            let check = try #require(GeneratedProviders.validators[provider]?[fixture.schema], "\(fixture.file): no validator")
            let payload = try JSONValue(parsing: fixture.payload)
            let issues = JSONValidationContext.issues(of: payload, check)
            let assertions = issues.filter {
                !FixtureValidationTests.applicators.contains($0.code.rawValue) || $0.code.rawValue == keyword
            }
            #expect(assertions.contains { $0.code.rawValue == keyword && FixtureValidationTests.reports($0.instanceLocation, at: location, for: keyword) },
                    "\(fixture.file): expected `\(keyword)` at \(location), got \(issues)")
            let allowed = Set([keyword] + fixture.alsoFails)
            #expect(assertions.allSatisfy { allowed.contains($0.code.rawValue) }, "\(fixture.file): breaks more than its rule: \(assertions)")

            let dynamic = try SpecSchemaValidator(spec: spec, schema: fixture.schema).validate(payload)
            #expect(IssuePairs(issues) == IssuePairs(dynamic), "\(fixture.file): generated \(issues), dynamic \(dynamic)")

            guard let type = GeneratedProviders.componentTypes[provider]?[fixture.schema] as? any Validatable.Type else { continue }
            #expect(throws: ValidationError.self, "\(fixture.file): validated(from:) accepted it") { try type.validated(from: fixture.payload) }
            do {
                _ = try type.validated(from: fixture.payload)
            } catch let error as ValidationError {
                #expect(IssuePairs(error.issues) == IssuePairs(dynamic), "\(fixture.file): validated(from:) \(error.issues)")
            }
        }
    }

    /// A domain format failure says which check failed, the same way in generated and dynamic validators.
    @Test func domainFormatFailuresCarryTheFailedCheck() throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: "Prozora").path)
        let fixture = try #require(try ProviderFixtures.load(provider: "Prozora").first { $0.file.hasSuffix("iban-bad-check-digits.json") })
        let payload = try JSONValue(parsing: fixture.payload)
        let generated = JSONValidationContext.issues(of: payload, try #require(GeneratedProviders.validators["Prozora"]?[fixture.schema]))
        let dynamic = try SpecSchemaValidator(spec: spec, schema: fixture.schema).validate(payload)
        for issues in [generated, dynamic] {
            let format = try #require(issues.first { $0.code == "format" }, "\(issues)")
            #expect(format.detail == "iban.checkDigits")
        }
    }

    /// Examples of component schemas (on the schema, or on a media type whose schema is a `$ref` to one).
    @Test(arguments: ProviderFixtures.providers)
    func specExamplesPassTheGeneratedValidators(provider: String) throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: provider).path)
        var checked = 0
        for example in IllustratedSchema.all(in: spec.root) {
            guard let name = Self.componentName(at: example.schemaPointer, in: spec.root),
                  let check = GeneratedProviders.validators[provider]?[name] else { continue }
            let value = JSONValue(example.value)
            let issues = JSONValidationContext.issues(of: value, check)
            #expect(issues.isEmpty, "\(example.value.location): example of \(name): \(issues)")
            checked += 1
            guard let type = GeneratedProviders.componentTypes[provider]?[name] as? any Validatable.Type else { continue }
            let decoded = try type.validated(from: value)
            #expect(decoded.validationIssues().isEmpty, "\(example.value.location): decoded example of \(name): \(decoded.validationIssues())")
        }
        #expect(provider == "Tradevest" || checked > 0, "no component examples found in \(provider)'s spec")
    }

    /// The component a pointer names, directly or through the `$ref` of the schema there.
    static func componentName(at pointer: String, in root: Node) -> String? {
        let prefix = "/components/schemas/"
        if pointer.hasPrefix(prefix), !pointer.dropFirst(prefix.count).contains("/") {
            return JSONPointer.unescape(pointer.dropFirst(prefix.count))
        }
        guard let reference = root.descendant(atPointer: pointer)?["$ref"]?.string, reference.hasPrefix("#" + prefix) else { return nil }
        let name = reference.dropFirst(prefix.count + 1)
        return name.contains("/") ? nil : JSONPointer.unescape(name)
    }
}

/// The (instance location, code) pairs of a report: what generated and dynamic validators must agree on.
struct IssuePairs: Hashable, CustomStringConvertible {
    struct Pair: Hashable {
        var location: String
        var code: String
    }

    var pairs: Set<Pair>

    init(_ issues: [ValidationIssue]) {
        pairs = Set(issues.map { Pair(location: $0.instanceLocation, code: $0.code.rawValue) })
    }

    var description: String { pairs.map { "\($0.location.isEmpty ? "/" : $0.location) \($0.code)" }.sorted().joined(separator: ", ") }
}
