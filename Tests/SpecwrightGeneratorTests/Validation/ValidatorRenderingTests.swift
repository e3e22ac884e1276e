import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import Testing

/// A few lines of spec and the exact validator Swift they produce: one line per rule, codes and locations
/// of the dynamic validator, constants built once.
struct ValidatorRenderingTests {
    static let payoutAndParty = """
    Payout:
      type: object
      required: [iban]
      additionalProperties: false
      properties:
        iban: {type: string, format: iban, maxLength: 34}
        reference: {type: string, pattern: '^[A-Z0-9]{4,12}$'}
        amount: {type: number, exclusiveMinimum: 0, multipleOf: 0.01}
      dependentRequired:
        iban: [holder]
      allOf:
        - description: holder is required if kind is PERSON.
          if:
            required: [kind]
            properties:
              kind: {const: PERSON}
          then:
            required: [holder]
    Party:
      oneOf:
        - $ref: '#/components/schemas/Payout'
        - type: string
          minLength: 1
    """

    @Test func stringNumberObjectAndConditionalRules() throws {
        let sources = try renderValidatorSnippet(Self.payoutAndParty)
        #expect(sources["Payout"] == """
        extension SchemaValidators {
            fileprivate static let payoutRequired: [String] = ["iban"]
            fileprivate static let payoutIbanRules: ScalarRules = ScalarRules(at: "#/components/schemas/Payout/properties/iban", type: [.string], typeNames: "string", maxLength: 34, format: FormatRegistry.checker(for: "iban")!)
            fileprivate static let payoutReferenceRules: ScalarRules = ScalarRules(at: "#/components/schemas/Payout/properties/reference", type: [.string], typeNames: "string", pattern: try! ECMARegex("^[A-Z0-9]{4,12}$"))
            fileprivate static let payoutAmountRules: ScalarRules = ScalarRules(at: "#/components/schemas/Payout/properties/amount", type: [.number], typeNames: "number", minimum: (.exclusiveMinimum, 0, code: "exclusiveMinimum"), multipleOf: ExactDivisor(JSONNumber("0.01")!))
            fileprivate static let payoutPropertyNames: Set<String> = ["iban", "reference", "amount"]

            /// Checks a JSON value against the schema at `#/components/schemas/Payout`.
            static func payout(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                var valid = true
                valid = context.type(value, [.object], "object", at: "#/components/schemas/Payout/type") && valid
                if case .object(let members) = value {
                    valid = context.required(members, payoutRequired, at: "#/components/schemas/Payout/required") && valid
                    valid = context.member("iban", of: members, payoutIbanRules) && valid
                    valid = context.member("reference", of: members, payoutReferenceRules) && valid
                    valid = context.member("amount", of: members, payoutAmountRules) && valid
                    for key in members.keys {
                        if !payoutPropertyNames.contains(key) {
                            valid = context.disallowedProperty(key, at: "#/components/schemas/Payout/additionalProperties") && valid
                        }
                    }
                    valid = DependentRequired.check("iban", requires: "holder", in: members, &context, at: "#/components/schemas/Payout/dependentRequired/iban") && valid
                }
                if case .object(let members) = value {
                    valid = RequiredIf.check("holder", when: "kind", equals: .string("PERSON"), in: members, &context, at: "#/components/schemas/Payout/allOf/0/then/required", message: "holder is required if kind is PERSON.") && valid
                }
                return valid
            }
        }

        extension Payout: Validatable {
            public static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                SchemaValidators.payout(value, &context)
            }
        }
        """)
    }

    /// A member name is a pointer token in a location: `~` and `/` are escaped (`~0`, `~1`), other names kept.
    @Test func memberNamesInLocationsAreEscapedPointerTokens() throws {
        let sources = try renderValidatorSnippet("""
        Transfer:
          type: object
          properties:
            a/b~c: {type: string}
            plain: {type: string}
          dependentRequired:
            a/b~c: [plain]
            plain: [a/b~c]
        """)
        let source = try #require(sources["Transfer"])
        #expect(source.contains(##"at: "#/components/schemas/Transfer/dependentRequired/a~1b~0c")"##))
        #expect(source.contains(##"at: "#/components/schemas/Transfer/dependentRequired/plain")"##))
    }

    @Test func oneOfNamesTheTypesEachAlternativeAccepts() throws {
        let sources = try renderValidatorSnippet(Self.payoutAndParty)
        #expect(sources["Party"] == """
        extension SchemaValidators {
            fileprivate static let partyOneOf1Rules: ScalarRules = ScalarRules(at: "#/components/schemas/Party/oneOf/1", type: [.string], typeNames: "string", minLength: 1)
            fileprivate static let partyOneOfAlternatives: [Alternative] = [Alternative(SchemaValidators.payout, types: [.object]), Alternative(partyOneOf1Rules, types: [.string])]

            /// Checks a JSON value against the schema at `#/components/schemas/Party`.
            static func party(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                context.oneOf(value, partyOneOfAlternatives, at: "#/components/schemas/Party/oneOf")
            }
        }

        extension Party: Validatable {
            public static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                SchemaValidators.party(value, &context)
            }
        }
        """)
    }

    @Test func openAPI30NullableExclusiveBoundsAndUnknownFormats() throws {
        let sources = try renderValidatorSnippet("""
        Fee:
          type: object
          properties:
            rate: {type: integer, minimum: 0, exclusiveMinimum: true, nullable: true}
            code: {type: string, format: currency-code}
            tags: {type: array, items: {type: string, enum: [a, b]}, uniqueItems: true, maxItems: 3}
        """, openAPI: "3.0.3")
        #expect(sources["Fee"] == """
        extension SchemaValidators {
            fileprivate static let feeRateRules: ScalarRules = ScalarRules(at: "#/components/schemas/Fee/properties/rate", type: [.integer], typeNames: "integer", minimum: (.exclusiveMinimum, 0, code: "minimum"), acceptsNull: true)
            fileprivate static let feeCodeRules: ScalarRules = ScalarRules(at: "#/components/schemas/Fee/properties/code", type: [.string], typeNames: "string")
            fileprivate static let feeTagsItemsValues: Set<JSONValue> = [.string("a"), .string("b")]
            fileprivate static let feeTagsItemsRules: ScalarRules = ScalarRules(at: "#/components/schemas/Fee/properties/tags/items", type: [.string], typeNames: "string", values: feeTagsItemsValues)

            /// Checks a JSON value against the schema at `#/components/schemas/Fee/properties/tags`.
            fileprivate static func feeTags(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                var valid = true
                valid = context.type(value, [.array], "array", at: "#/components/schemas/Fee/properties/tags/type") && valid
                if case .array(let elements) = value {
                    valid = context.maxItems(elements, 3, at: "#/components/schemas/Fee/properties/tags/maxItems") && valid
                    valid = context.uniqueItems(elements, at: "#/components/schemas/Fee/properties/tags/uniqueItems") && valid
                    valid = context.items(elements, SchemaValidators.feeTagsItems) && valid
                }
                return valid
            }

            /// Checks a JSON value against the schema at `#/components/schemas/Fee`.
            static func fee(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                var valid = true
                valid = context.type(value, [.object], "object", at: "#/components/schemas/Fee/type") && valid
                if case .object(let members) = value {
                    valid = context.member("rate", of: members, feeRateRules) && valid
                    valid = context.member("code", of: members, feeCodeRules) && valid
                    valid = context.member("tags", of: members, feeTags) && valid
                }
                return valid
            }

            /// Checks a JSON value against the schema at `#/components/schemas/Fee/properties/tags/items`.
            static func feeTagsItems(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                context.check(value, feeTagsItemsRules)
            }
        }

        extension Fee: Validatable {
            public static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                SchemaValidators.fee(value, &context)
            }

            public func checkValue(_ context: inout JSONValidationContext) -> Bool {
                var valid = true
                switch rate {
                case .absent:
                    break
                case .null:
                    valid = context.field("rate", .null, SchemaValidators.feeRateRules) && valid
                case .value(let rate):
                    valid = context.field("rate", .number(JSONNumber(rate)), SchemaValidators.feeRateRules) && valid
                }
                if let code {
                    valid = context.field("code", .string(code), SchemaValidators.feeCodeRules) && valid
                }
                if let tags {
                    valid = context.encodedField("tags", tags, SchemaValidators.feeTags) && valid
                }
                return valid
            }
        }

        extension Fee.Tag: Validatable {
            public static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                SchemaValidators.feeTagsItems(value, &context)
            }

            public func checkValue(_ context: inout JSONValidationContext) -> Bool {
                // Every documented case is a string the schema's `enum` lists: only an undocumented value can break a rule.
                guard case .undocumented(let value) = self else { return true }
                return SchemaValidators.feeTagsItems(.string(value), &context)
            }
        }
        """)
    }

    @Test func unknownFormatsAreNotCheckedAndWarnedOnce() throws {
        let spec = try Spec.load(text: """
        openapi: 3.1.0
        info: {title: Snippet, version: "1"}
        paths: {}
        components:
          schemas:
            Fee:
              type: object
              properties:
                code: {type: string, format: currency-code}
                other: {type: string, format: currency-code}
                iban: {type: string, format: iban}
        """, path: "/snippets/spec.yaml")
        let warnings = ValidatorDiagnostics.warnings(for: try ModelBuilder.build(spec))
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("format `currency-code` is not one Specwright knows") == true)
        #expect(warnings.first?.location?.line == 9)
    }
}
