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
            private static let payoutRequired: [String] = ["iban"]
            private static let ibanFormat: FormatChecker = FormatRegistry.checker(for: "iban")!
            private static let payoutReferencePattern: ECMARegex = try! ECMARegex("^[A-Z0-9]{4,12}$")
            private static let payoutAmountDivisor: ExactDivisor = ExactDivisor(JSONNumber("0.01")!)
            private static let payoutPropertyNames: Set<String> = ["iban", "reference", "amount"]

            /// Checks a JSON value against the schema at `#/components/schemas/Payout`.
            static func payout(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                guard context.descend(at: "#/components/schemas/Payout") else { return false }
                defer { context.ascend() }
                var valid = true
                valid = context.type(value, [.object], "object", at: "#/components/schemas/Payout/type") && valid
                if case .object(let members) = value {
                    valid = context.required(members, payoutRequired, at: "#/components/schemas/Payout/required") && valid
                    if let member = members["iban"] {
                        context.push("iban")
                        valid = context.type(member, [.string], "string", at: "#/components/schemas/Payout/properties/iban/type") && valid
                        if case .string(let string) = member {
                            valid = context.maxLength(string, 34, at: "#/components/schemas/Payout/properties/iban/maxLength") && valid
                            valid = context.format(string, ibanFormat, at: "#/components/schemas/Payout/properties/iban/format") && valid
                        }
                        context.pop()
                    }
                    if let member = members["reference"] {
                        context.push("reference")
                        valid = context.type(member, [.string], "string", at: "#/components/schemas/Payout/properties/reference/type") && valid
                        if case .string(let string) = member {
                            valid = context.pattern(string, payoutReferencePattern, at: "#/components/schemas/Payout/properties/reference/pattern") && valid
                        }
                        context.pop()
                    }
                    if let member = members["amount"] {
                        context.push("amount")
                        valid = context.type(member, [.number], "number", at: "#/components/schemas/Payout/properties/amount/type") && valid
                        if case .number(let number) = member {
                            valid = context.bound(number, .exclusiveMinimum, 0, code: "exclusiveMinimum", at: "#/components/schemas/Payout/properties/amount/exclusiveMinimum") && valid
                            valid = context.multipleOf(number, payoutAmountDivisor, at: "#/components/schemas/Payout/properties/amount/multipleOf") && valid
                        }
                        context.pop()
                    }
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

    @Test func oneOfNamesTheTypesEachAlternativeAccepts() throws {
        let sources = try renderValidatorSnippet(Self.payoutAndParty)
        #expect(sources["Party"] == """
        extension SchemaValidators {
            private static let partyOneOfAlternatives: [Alternative] = [Alternative(SchemaValidators.payout, types: [.object]), Alternative(partyOneOf1, types: [.string])]

            /// Checks a JSON value against the schema at `#/components/schemas/Party/oneOf/1`.
            private static func partyOneOf1(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                var valid = true
                valid = context.type(value, [.string], "string", at: "#/components/schemas/Party/oneOf/1/type") && valid
                if case .string(let string) = value {
                    valid = context.minLength(string, 1, at: "#/components/schemas/Party/oneOf/1/minLength") && valid
                }
                return valid
            }

            /// Checks a JSON value against the schema at `#/components/schemas/Party`.
            static func party(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                guard context.descend(at: "#/components/schemas/Party") else { return false }
                defer { context.ascend() }
                var valid = true
                valid = context.oneOf(value, partyOneOfAlternatives, at: "#/components/schemas/Party/oneOf") && valid
                return valid
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
            private static let feeTagsItemsValues: Set<JSONValue> = [.string("a"), .string("b")]

            /// Checks a JSON value against the schema at `#/components/schemas/Fee`.
            static func fee(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                guard context.descend(at: "#/components/schemas/Fee") else { return false }
                defer { context.ascend() }
                var valid = true
                valid = context.type(value, [.object], "object", at: "#/components/schemas/Fee/type") && valid
                if case .object(let members) = value {
                    if let member = members["rate"] {
                        context.push("rate")
                        if !member.isNull {
                            valid = context.type(member, [.integer], "integer", at: "#/components/schemas/Fee/properties/rate/type") && valid
                            if case .number(let number) = member {
                                valid = context.bound(number, .exclusiveMinimum, 0, code: "minimum", at: "#/components/schemas/Fee/properties/rate/minimum") && valid
                            }
                        }
                        context.pop()
                    }
                    if let member = members["code"] {
                        context.push("code")
                        valid = context.type(member, [.string], "string", at: "#/components/schemas/Fee/properties/code/type") && valid
                        context.pop()
                    }
                    if let member = members["tags"] {
                        context.push("tags")
                        valid = context.type(member, [.array], "array", at: "#/components/schemas/Fee/properties/tags/type") && valid
                        if case .array(let elements) = member {
                            valid = context.maxItems(elements, 3, at: "#/components/schemas/Fee/properties/tags/maxItems") && valid
                            valid = context.uniqueItems(elements, at: "#/components/schemas/Fee/properties/tags/uniqueItems") && valid
                            valid = context.items(elements, SchemaValidators.feeTagsItems) && valid
                        }
                        context.pop()
                    }
                }
                return valid
            }

            /// Checks a JSON value against the schema at `#/components/schemas/Fee/properties/tags/items`.
            static func feeTagsItems(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                guard context.descend(at: "#/components/schemas/Fee/properties/tags/items") else { return false }
                defer { context.ascend() }
                var valid = true
                valid = context.type(value, [.string], "string", at: "#/components/schemas/Fee/properties/tags/items/type") && valid
                valid = context.enumeration(value, feeTagsItemsValues, at: "#/components/schemas/Fee/properties/tags/items/enum") && valid
                return valid
            }
        }

        extension Fee: Validatable {
            public static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                SchemaValidators.fee(value, &context)
            }
        }

        extension Fee.Tag: Validatable {
            public static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool {
                SchemaValidators.feeTagsItems(value, &context)
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
