import Foundation
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// For every component schema of the five providers, seeded random instances and mutations of the valid
/// fixtures and examples get the same (instance location, code) pairs from the generated validator as from
/// the dynamic one with formats asserted; and every instance that decodes into the schema's type gets from
/// the typed check (`validationIssues()` on the value) exactly the issues the JSON check reports for the
/// value's encoding.
struct DifferentialValidationTests {
    static let instancesPerSchema = 120

    @Test(arguments: ProviderFixtures.providers)
    func generatedAndDynamicValidatorsAgree(provider: String) throws {
        let spec = try Spec.load(fileAt: ProviderFixtures.specURL(provider: provider).path)
        let document = JSONValue(spec.root)
        let fixtures = try ProviderFixtures.load(provider: provider)
        let validators = try #require(GeneratedProviders.validators[provider])
        var compared = 0
        var invalid = 0
        var disagreements: [String] = []
        var typedCompared = 0
        var typedDisagreements: [String] = []
        for (index, name) in validators.keys.sorted().enumerated() {
            let check = validators[name]!
            let type = GeneratedProviders.componentTypes[provider]?[name] as? any Validatable.Type
            let dynamic = try SpecSchemaValidator(spec: spec, schema: name)
            let schema = try #require(document["components"]?["schemas"]?[name])
            let seeds = try fixtures.filter { $0.schema == name && !$0.isInvalid }.map { try JSONValue(parsing: $0.payload) }
                + (schema["examples"]?.arrayValue ?? [])
            var generator = InstanceGenerator(document: document, seed: UInt64(index + 1) &* 7919)
            var mutator = InstanceMutator(random: SeededRandom(seed: UInt64(index + 1) &* 104_729))
            for round in 0..<Self.instancesPerSchema {
                var instance = seeds.isEmpty || round.isMultiple(of: 2) ? generator.instance(of: schema) : seeds[round % seeds.count]
                for _ in 0..<(1 + round % 3) where round % 5 != 0 { instance = mutator.mutate(instance) }
                let generated = JSONValidationContext.issues(of: instance, check)
                let expected = dynamic.validate(instance)
                compared += 1
                if !expected.isEmpty { invalid += 1 }
                if IssuePairs(generated) != IssuePairs(expected), disagreements.count < 5 {
                    disagreements.append("\(name) \(instance): generated [\(IssuePairs(generated))], dynamic [\(IssuePairs(expected))]")
                }
                if let type, let outcome = Self.compareTypedCheck(type, instance) {
                    typedCompared += 1
                    if let disagreement = outcome.disagreement, typedDisagreements.count < 5 { typedDisagreements.append("\(name) \(instance): \(disagreement)") }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(typedDisagreements.isEmpty, "\(typedDisagreements.joined(separator: "\n"))")
        // Mutated instances often fail to decode; enough must decode for the typed comparison to mean something.
        #expect(typedCompared > compared / 10, "\(typedCompared) of \(compared) instances decoded")
        // The instances must exercise both verdicts, or the comparison proves little.
        #expect(invalid > compared / 4 && invalid < compared, "\(invalid) of \(compared) instances invalid")
        #expect(compared == validators.count * Self.instancesPerSchema)
    }

    struct TypedOutcome {
        /// What differs between the typed and the JSON check, `nil` when they agree.
        var disagreement: String?
    }

    /// Decodes `instance` (`nil` when it does not decode) and compares the value's typed issues with the
    /// JSON check of its encoding: location, schema location, code, message and detail.
    static func compareTypedCheck<Value: Validatable>(_ type: Value.Type, _ instance: JSONValue) -> TypedOutcome? {
        guard let value = try? JSONValueDecoder().decode(Value.self, from: instance) else { return nil }
        let typed = value.validationIssues()
        guard let encoded = try? JSONValueEncoder().encode(value) else { return TypedOutcome(disagreement: "the decoded value does not encode") }
        let json = Value.validationIssues(of: encoded)
        if typed == json { return TypedOutcome(disagreement: nil) }
        return TypedOutcome(disagreement: "typed \(typed), JSON of the encoding \(json)")
    }
}
