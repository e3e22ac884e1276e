import Testing
@testable import SpecwrightLint

@Suite struct SchemaRuleTests {
    static func schemas(_ yaml: String) -> String {
        "components:\n  schemas:\n" + yaml.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    }

    @Test func schemaTypeMismatch() throws {
        #expect(try LintSnippet.lines(SchemaTypeMismatch.self, Self.schemas("A: {type: object, items: {type: string}}")) == ["5:30: `items` on a schema of type object never applies"])
        #expect(try LintSnippet.lines(SchemaTypeMismatch.self, Self.schemas("A: {type: array, items: {type: string}}")).isEmpty)
    }

    @Test func arrayItemsDefined() throws {
        #expect(try LintSnippet.lines(ArrayItemsDefined.self, Self.schemas("A: {type: array}")) == ["5:15: array schema has no `items`"])
        #expect(try LintSnippet.lines(ArrayItemsDefined.self, Self.schemas("A: {type: array, items: {}}")).isEmpty)
    }

    @Test func enumValuesUnique() throws {
        #expect(try LintSnippet.lines(EnumValuesUnique.self, Self.schemas("A: {type: string, enum: [EUR, USD, EUR]}")) == ["5:40: enum value `EUR` is listed twice"])
        #expect(try LintSnippet.lines(EnumValuesUnique.self, Self.schemas("A: {type: string, enum: [EUR, USD]}")).isEmpty)
    }

    @Test func enumValuesValid() throws {
        #expect(try LintSnippet.lines(EnumValuesValid.self, Self.schemas("A: {type: string, maxLength: 3, pattern: \"^[A-Z]+$\", enum: [EUR, usd, EURO]}")) == [
            "5:70: enum value `usd` does not match the pattern `^[A-Z]+$`",
            "5:75: enum value `EURO` is longer than maxLength 3",
        ])
        #expect(try LintSnippet.lines(EnumValuesValid.self, Self.schemas("A: {type: integer, enum: [1, 2.5]}")) == ["5:34: enum value `2.5` is a number, not integer"])
        #expect(try LintSnippet.lines(EnumValuesValid.self, Self.schemas("A: {type: [string, \"null\"], maxLength: 3, enum: [EUR, null]}")).isEmpty)
    }

    @Test func stringEnumValueQuoted() throws {
        #expect(try LintSnippet.findings(StringEnumValueQuoted.self, Self.schemas("A: {type: string, enum: [1, \"2\"]}")).map(\.rule) == ["string-enum-value-quoted"])
        #expect(try LintSnippet.findings(StringEnumValueQuoted.self, Self.schemas("A: {type: string, enum: [\"1\", \"2\"]}")).isEmpty)
    }

    @Test func constInEnum() throws {
        #expect(try LintSnippet.lines(ConstInEnum.self, Self.schemas("A: {type: string, enum: [a, b], const: c}")) == ["5:44: const `c` is not one of the schema's enum values"])
        #expect(try LintSnippet.lines(ConstInEnum.self, Self.schemas("A: {type: integer, const: x}")) == ["5:31: const `x` is a string, not integer"])
        #expect(try LintSnippet.lines(ConstInEnum.self, Self.schemas("A: {type: string, enum: [a, b], const: b}")).isEmpty)
    }

    @Test func boundsSatisfiable() throws {
        #expect(try LintSnippet.lines(BoundsSatisfiable.self, Self.schemas("A: {type: integer, minimum: 10, maximum: 1}\nB: {type: string, minLength: 5, maxLength: 2}")) == [
            "5:33: minimum 10 and maximum 1 allow no number",
            "6:34: minLength 5 is greater than maxLength 2",
        ])
        #expect(try LintSnippet.lines(BoundsSatisfiable.self, Self.schemas("A: {type: number, exclusiveMinimum: 1, maximum: 1}")) == ["5:41: exclusiveMinimum 1 and maximum 1 allow no number"])
        #expect(try LintSnippet.lines(BoundsSatisfiable.self, Self.schemas("A: {type: integer, minimum: 1, maximum: 1}")).isEmpty)
    }

    @Test func integerBoundAsFloat() throws {
        #expect(try LintSnippet.findings(IntegerBoundAsFloat.self, Self.schemas("A: {type: integer, maximum: 9.223372036854776e+18}")).map(\.rule) == ["integer-bound-float"])
        #expect(try LintSnippet.findings(IntegerBoundAsFloat.self, Self.schemas("A: {type: integer, maximum: 9223372036854775807}")).isEmpty)
    }

    @Test func schemaKeywordNumber() throws {
        let lines = try LintSnippet.lines(SchemaKeywordNumber.self, Self.schemas("A: {type: string, format: date-time, maximum: now + 7 days}\nB: {type: integer, minimum: P7D}"))
        #expect(lines == [
            "5:51: `maximum` is `now + 7 days`, not a number; the constraint is ignored",
            "6:33: `minimum` is `P7D`, not a number; the constraint is ignored",
        ])
        #expect(try LintSnippet.lines(SchemaKeywordNumber.self, Self.schemas("A: {type: integer, minimum: 1, exclusiveMaximum: true, maximum: 7}")).isEmpty)
    }

    @Test func patternValid() throws {
        #expect(try LintSnippet.lines(PatternValid.self, Self.schemas("A: {type: string, pattern: \"(?i)^[a-z]+$\"}")).count == 1)
        #expect(try LintSnippet.lines(PatternValid.self, Self.schemas("A: {type: object, patternProperties: {\"^x-\\\\a\": {}}}")).count == 1)
        #expect(try LintSnippet.lines(PatternValid.self, Self.schemas("A: {type: string, pattern: \"^[A-Za-z]{2}\\\\d{2}$\"}")).isEmpty)
    }

    @Test func patternBacktracking() throws {
        #expect(try LintSnippet.lines(PatternBacktracking.self, Self.schemas("A: {type: string, pattern: \"^(a+)\\\\1$\"}")) == [
            "5:32: pattern `^(a+)\\1$` uses a backreference, so matching it needs backtracking",
        ])
        #expect(try LintSnippet.lines(PatternBacktracking.self, Self.schemas("A: {type: string, pattern: \"^[\\\\1-9]+$\"}")).isEmpty)
    }

    @Test func formatKnown() throws {
        #expect(try LintSnippet.lines(FormatKnown.self, Self.schemas("A: {type: string, format: date_time}")) == ["5:31: format `date_time` is not known, so nothing checks it"])
        #expect(try LintSnippet.lines(FormatKnown.self, Self.schemas("A: {type: string, format: iban}\nB: {type: integer, format: int64}")).isEmpty)
        let configured = try LintSnippet.findings(FormatKnown.self, Self.schemas("A: {type: string, format: asset-code}"),
                                                  settings: LintSettings(extraFormats: ["asset-code"]))
        #expect(configured.isEmpty)
    }

    @Test func requiredPropertyDefined() throws {
        #expect(try LintSnippet.findings(RequiredPropertyDefined.self, Self.schemas("A: {type: object, required: [id], properties: {name: {type: string}}}")).map(\.rule) == ["required-property-defined"])
        #expect(try LintSnippet.findings(RequiredPropertyDefined.self, Self.schemas("A: {type: object, required: [id], properties: {id: {type: string}}}")).isEmpty)
    }

    @Test func requiredPropertyAllowed() throws {
        let flagged = Self.schemas("""
        Base: {type: object, properties: {id: {type: string}}}
        A:
          allOf: [{$ref: "#/components/schemas/Base"}]
          type: object
          additionalProperties: false
          required: [id]
          properties: {name: {type: string}}
        """)
        #expect(try LintSnippet.lines(RequiredPropertyAllowed.self, flagged) == [
            "10:17: `id` is required but `additionalProperties: false` forbids it (it is not in this schema's `properties`)",
        ])
        #expect(try LintSnippet.lines(RequiredPropertyAllowed.self, flagged.replacingOccurrences(of: "{name: {type: string}}", with: "{id: {}, name: {type: string}}")).isEmpty)
    }

    @Test func schemaRequiredFlag() throws {
        #expect(try LintSnippet.findings(SchemaRequiredFlag.self, Self.schemas("A: {type: object, properties: {id: {type: string, required: true}}}")).map(\.rule) == ["schema-required-flag"])
        #expect(try LintSnippet.findings(SchemaRequiredFlag.self, Self.schemas("A: {type: object, required: [id], properties: {id: {type: string}}}")).isEmpty)
    }

    @Test func conditionalPropertiesDefined() throws {
        let flagged = Self.schemas("""
        A:
          type: object
          properties: {type: {type: string}, iban: {type: string}}
          dependentRequired: {iban: [bic]}
          if: {properties: {tpye: {const: bank}}}
          then: {required: [iban]}
        """)
        #expect(try LintSnippet.lines(ConditionalPropertiesDefined.self, flagged) == [
            "8:26: dependentRequired names `bic`, which the schema does not declare",
            "9:11: `if` names `tpye`, which the schema does not declare",
        ])
        let passed = flagged.replacingOccurrences(of: "[bic]", with: "[type]").replacingOccurrences(of: "tpye", with: "type")
        #expect(try LintSnippet.lines(ConditionalPropertiesDefined.self, passed).isEmpty)
    }

    @Test func referenceCycleWithoutContainer() throws {
        let flagged = "paths:\n  /a: {get: {responses: {\"200\": {description: ok, content: {application/json: {schema: {$ref: \"#/x-defs/a\"}}}}}}}\n"
            + "x-defs:\n  a: {$ref: \"#/x-defs/b\", minLength: 1}\n  b: {$ref: \"#/x-defs/a\", maxLength: 9}\n"
        #expect(try LintSnippet.lines(ReferenceCycleWithoutContainer.self, flagged) == ["7:6: `$ref` cycle without an object or array in between; typed as JSONValue"])
        let passed = Self.schemas("A: {type: object, properties: {next: {$ref: \"#/components/schemas/A\"}}}")
        #expect(try LintSnippet.findings(ReferenceCycleWithoutContainer.self, passed).isEmpty)
    }

    @Test func oneOfAlternativesDistinct() throws {
        let flagged = Self.schemas("A: {oneOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: string}}}]}")
        #expect(try LintSnippet.lines(OneOfAlternativesDistinct.self, flagged) == [
            "5:8: `oneOf` alternatives 1 (`A.Variant1`) and 2 (`A.Variant2`) can fit the same payload: neither their types, required members, "
                + "`additionalProperties: false` nor a member's constant values tell them apart; a payload fitting several is decoded as the most "
                + "specific alternative that keeps all of it, or else kept whole in `.ambiguous`",
        ])
        let passed = Self.schemas("A: {oneOf: [{type: object, required: [kind], properties: {kind: {const: a}}}, {type: object, required: [kind], properties: {kind: {const: b}}}]}")
        #expect(try LintSnippet.findings(OneOfAlternativesDistinct.self, passed).isEmpty)
        // An `anyOf` may match several alternatives by design.
        let overlappingAnyOf = flagged.replacingOccurrences(of: "oneOf", with: "anyOf")
        #expect(try LintSnippet.findings(OneOfAlternativesDistinct.self, overlappingAnyOf).isEmpty)
    }
}
