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
        public enum Shape: Codable, Hashable, Sendable {
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

    @Test func unionWithoutDiscriminatorTriesEachCaseInOrder() throws {
        let sources = try renderSnippet("""
        IdOrName:
          anyOf:
            - {type: integer}
            - {type: string}
        """)
        let source = try #require(sources["IdOrName"])
        #expect(source.contains("""
                if let value = (try? Int(from: decoder)) {
                    self = .integer(value)
                } else if let value = (try? String(from: decoder)) {
                    self = .string(value)
                } else {
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
}
