import SpecwrightModel
import SpecwrightReader
import Testing

/// What the model works out about the alternatives of a union without a discriminator: each one's top-level
/// shape, the constant members that tell them apart, and when a `oneOf` cannot tell them apart.
struct UnionAlternativeShapeTests {
    private func build(_ schemas: String) throws -> APIModel {
        try ModelBuilder.build(try Spec.load(text: """
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
        \(schemas)
        """, path: "/unions/spec.yaml"))
    }

    private func union(_ name: String, in model: APIModel) throws -> Union {
        guard case .union(let union) = try #require(model.types.first { $0.name == name }).kind else {
            Issue.record("\(name) is not a union")
            throw CancellationError()
        }
        return union
    }

    private func warnings(_ model: APIModel) -> [String] {
        model.diagnostics.filter { $0.rule == .unionAlternativesDistinct }.map(\.description)
    }

    @Test func closedObjectsWithARequiredConstantAreToldApart() throws {
        let model = try build("""
            Action:
              oneOf:
                - {type: object, additionalProperties: false, required: [type], properties: {type: {enum: [Reboot]}}}
                - {type: object, additionalProperties: false, required: [type], properties: {type: {const: InstallAndroidApp}, appId: {type: string}}}
        """)
        let action = try union("Action", in: model)
        #expect(warnings(model).isEmpty)
        #expect(action.fallback == nil)
        let shapes = action.cases.map(\.payloadShape)
        #expect(shapes.map(\.otherMembers) == [.forbidden, .forbidden])
        #expect(shapes.map { $0.constants["type"] } == [[.string("Reboot")], [.string("InstallAndroidApp")]])
        #expect(Array(shapes[1].members) == ["type", "appId"])
    }

    @Test func openObjectsWithOptionalConstantsAreAmbiguousAndKeepThePayload() throws {
        let model = try build("""
            PaymentMethod:
              oneOf:
                - {type: object, properties: {type: {enum: [ach]}, bankAccountNumber: {type: string}}}
                - {type: object, properties: {type: {enum: [scheme]}, encryptedCardNumber: {type: string}}}
        """)
        #expect(warnings(model) == [
            "/unions/spec.yaml:7:7: warning: `oneOf` alternatives 1 (`PaymentMethod.Variant1`) and 2 (`PaymentMethod.Variant2`) "
                + "can fit the same payload: neither their types, required members, `additionalProperties: false` nor a member's "
                + "constant values tell them apart; a payload fitting several is decoded as the most specific alternative "
                + "that keeps all of it, or else kept whole in `.ambiguous`",
        ])
        guard case .keepsPayload(let caseName)? = try union("PaymentMethod", in: model).fallback else {
            Issue.record("expected the payload to be kept")
            return
        }
        #expect(caseName == "ambiguous")
    }

    @Test func overlappingAnyOfCombinesWithoutAWarning() throws {
        let model = try build("""
            CardOptions:
              anyOf:
                - {type: object, properties: {captureMethod: {type: string}}}
                - {type: object, properties: {installments: {type: integer}}}
        """)
        #expect(warnings(model).isEmpty)
        guard case .combinesAlternatives(let caseName)? = try union("CardOptions", in: model).fallback else {
            Issue.record("expected a combining case")
            return
        }
        #expect(caseName == "combined")
    }

    @Test func typesRequiredMembersAndValuesSeparate() throws {
        let model = try build("""
            Mixed:
              oneOf:
                - {type: string, enum: [none]}
                - {type: integer}
                - {type: object, required: [id], properties: {id: {type: string}, kind: {const: a}}}
                - {type: object, additionalProperties: false, properties: {name: {type: string}, kind: {const: a}}}
                - {type: array, items: {type: string}}
        """)
        let mixed = try union("Mixed", in: model)
        #expect(warnings(model).isEmpty)
        #expect(mixed.fallback == nil)
        let shapes = mixed.cases.map(\.payloadShape)
        #expect(shapes.map(\.kinds) == [[.string], [.integer], [.object], [.object], [.array]])
        #expect(shapes[0].values == [.string("none")])
        // The same constant in both object alternatives tells nothing apart: not read while decoding.
        #expect(shapes.allSatisfy { $0.constants.isEmpty })
    }

    @Test func sameStringWithAndWithoutAFormatIsAmbiguousButLosesNothing() throws {
        let model = try build("""
            Stamp:
              oneOf:
                - {type: string}
                - {type: string, format: date-time}
        """)
        #expect(warnings(model).count == 1)
        let stamp = try union("Stamp", in: model)
        #expect(stamp.fallback == nil)
    }
}
