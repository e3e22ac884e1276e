import Testing

struct EnumRenderingTests {
    @Test func stringEnumKeepsUndocumentedValues() throws {
        let sources = try renderSnippet("""
        Screening:
          description: Whether the screening was completed.
          type: string
          enum: ["YES", "NO", not-applicable]
        """)
        #expect(sources["Screening"] == """
        /// Whether the screening was completed.
        public enum Screening: RawRepresentable, Codable, Equatable, Sendable, CaseIterable {
            case yes
            case no
            case notApplicable
            /// A value this version of the spec does not list. It decodes and encodes unchanged, so that
            /// a value the provider adds later does not make the whole payload fail to decode.
            case undocumented(String)

            /// The values the spec lists.
            public static let allCases: [Screening] = [.yes, .no, .notApplicable]

            public init(rawValue: String) {
                switch rawValue {
                case "YES": self = .yes
                case "NO": self = .no
                case "not-applicable": self = .notApplicable
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .yes: "YES"
                case .no: "NO"
                case .notApplicable: "not-applicable"
                case .undocumented(let value): value
                }
            }

            public init(from decoder: any Decoder) throws {
                self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(rawValue)
            }
        }

        """)
    }

    @Test func largeEnumLooksItsValuesUp() throws {
        let values = (1...40).map { "v\($0)" }
        let sources = try renderSnippet("""
        Region:
          type: string
          enum: [\(values.joined(separator: ", "))]
        """)
        let source = try #require(sources["Region"])
        #expect(source.contains("""
            public init(rawValue: String) {
                self = Self.casesByRawValue[rawValue] ?? .undocumented(rawValue)
            }

            /// The listed cases by value: one lookup instead of a comparison per case.
            private static let casesByRawValue: [String: Region] = [
                "v1": .v1,
                "v2": .v2,
        """))
        #expect(source.contains("        \"v40\": .v40,\n    ]\n"))
        #expect(!source.contains("switch rawValue"))
    }

    @Test func integerEnum() throws {
        let sources = try renderSnippet("""
        Level:
          type: integer
          enum: [1, 2, -1]
        """)
        let source = try #require(sources["Level"])
        #expect(source.contains("case value1\n    case value2\n    case minus1\n"))
        #expect(source.contains("case undocumented(Int64)\n"))
        #expect(source.contains("case -1: self = .minus1"))
    }

    @Test func nullableEnumIsANullableEnum() throws {
        let sources = try renderSnippet("""
        Holder:
          type: object
          properties:
            risk:
              oneOf:
                - {$ref: '#/components/schemas/Risk'}
                - {type: "null"}
        Risk:
          type: string
          enum: [LOW, HIGH]
        """)
        // Not required and nullable: absent and `null` are told apart (Docs/absent-and-null.md).
        #expect(try #require(sources["Holder"]).contains("public var risk: Nullable<Risk>"))
    }

    @Test func caseNamesStayClearOfTheEnumsOwnMembers() throws {
        let sources = try renderSnippet("""
        Token:
          type: string
          enum: [rawValue, allCases, self, init, ""]
        """)
        let source = try #require(sources["Token"])
        #expect(source.contains("""
            case rawValue2
            case allCases2
            case _self
            case _init
            case empty
            /// A value this version
        """))
        #expect(source.contains("case \"\": self = .empty\n"))
    }
}
