import Testing

struct UnionRenderingTests {
    static let shapes = """
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator:
        propertyName: kind
        mapping:
          round: '#/components/schemas/Circle'
    Circle:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
    Square:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
    """

    @Test func discriminatedUnionSwitchesOnThePropertyValue() throws {
        let sources = try renderSnippet(Self.shapes)
        #expect(sources["Shape"] == #"""
        public indirect enum Shape: Codable, Equatable, Sendable {
            case circle(Circle)
            case square(Square)

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                let discriminator = try container.decode(String.self, forKey: AnyCodingKey("kind"))
                switch discriminator {
                case "round":
                    self = .circle(try Circle(from: decoder))
                case "Square":
                    self = .square(try Square(from: decoder))
                default:
                    throw DecodingError.dataCorruptedError(
                        forKey: AnyCodingKey("kind"), in: container,
                        debugDescription: "unknown `kind` \"\(discriminator)\"; expected one of: round, Square"
                    )
                }
            }

            public func encode(to encoder: any Encoder) throws {
                switch self {
                case .circle(let value): try value.encode(to: encoder)
                case .square(let value): try value.encode(to: encoder)
                }
            }
        }

        """#)
    }

    @Test func unionWithoutDiscriminatorDecodesTheAlternativeThePayloadFits() throws {
        let sources = try renderSnippet("""
        IdOrName:
          anyOf:
            - {type: integer}
            - {type: string}
        """)
        let source = try #require(sources["IdOrName"])
        // The payload is read once and matched against each alternative's shape; only the chosen case decodes.
        #expect(source.contains("""
            private static let alternatives: [UnionAlternative] = [
                UnionAlternative(.integer),
                UnionAlternative(.string),
            ]
        """))
        #expect(source.contains("""
                let payload = try UnionPayload(from: decoder)
                self = try payload.decode(
                    Self.alternatives, of: "IdOrName", from: decoder
                ) { (index: Int) throws -> Self in
                    switch index {
                    case 0: try .integer(Int(from: decoder))
                    default: try .string(String(from: decoder))
                    }
                }
        """))
    }

    @Test func recursiveUnionIsIndirect() throws {
        let sources = try renderSnippet("""
        Expression:
          oneOf:
            - {type: number}
            - $ref: '#/components/schemas/Negation'
        Negation:
          type: object
          required: [operand]
          properties:
            operand: {$ref: '#/components/schemas/Expression'}
        """)
        #expect(try #require(sources["Expression"]).hasPrefix("public indirect enum Expression"))
    }

    @Test func casesAreNamedAfterTheirTitleTheirValueOrTheUnion() throws {
        // Stripe's "a list, or an empty string to clear it", with a titled element type.
        let sources = try renderSnippet("""
        Discounts:
          anyOf:
            - {type: array, items: {title: discount_param, type: object, properties: {coupon: {type: string}}}}
            - {type: string, enum: [""]}
        PaymentMethodTypes:
          anyOf:
            - {type: array, items: {type: string, enum: [card, sepa_debit]}}
            - {type: string, enum: [""]}
        """)
        let discounts = try #require(sources["Discounts"])
        #expect(discounts.hasPrefix("""
        public enum Discounts: Codable, Equatable, Sendable {
            case discountParamList([DiscountParam])
            case empty(Empty)
        """))
        // The title named the type, so it is not repeated as its documentation.
        #expect(discounts.contains("\n\n    public struct DiscountParam: Codable, Equatable, Sendable {\n"))
        #expect(try #require(sources["PaymentMethodTypes"]).hasPrefix("""
        public enum PaymentMethodTypes: Codable, Equatable, Sendable {
            case paymentMethodTypeList([PaymentMethodType])
            case empty(Empty)
        """))
    }

    @Test func branchesOfOneSwiftTypeAreThatType() throws {
        // The patterns tell an ISIN from a URN; in Swift both are strings, and a second `String` case
        // could never be decoded.
        let sources = try renderSnippet("""
        InstrumentId:
          oneOf:
            - {type: string, pattern: '^isin:[A-Z0-9]{12}$'}
            - {type: string, pattern: '^urn:uuid:[0-9a-f-]{36}$'}
        Reference:
          anyOf:
            - {type: string, maxLength: 10}
            - {type: integer}
            - {type: string, minLength: 20}
        """)
        #expect(sources["InstrumentId"] == "public typealias InstrumentId = String\n")
        let reference = try #require(sources["Reference"])
        #expect(reference.contains("    case string(String)\n    case integer(Int)\n\n"))
    }
}
