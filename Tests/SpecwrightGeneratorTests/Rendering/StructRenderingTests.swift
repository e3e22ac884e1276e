import Testing

struct StructRenderingTests {
    @Test func requiredOptionalAndSnakeCaseMembers() throws {
        let sources = try renderSnippet("""
        Account:
          description: A cash account.
          type: object
          required: [account_id, owner_name]
          properties:
            account_id: {type: string, maxLength: 34, description: The account's identifier.}
            owner_name: {type: string}
            is_active: {type: boolean}
        """)
        #expect(sources["Account"] == """
        /// A cash account.
        public struct Account: Codable, Hashable, Sendable {
            /// The account's identifier.
            ///
            /// - Length: at most 34
            public var accountId: String

            public var ownerName: String

            public var isActive: Bool?

            public init(
                accountId: String,
                ownerName: String,
                isActive: Bool? = nil
            ) {
                self.accountId = accountId
                self.ownerName = ownerName
                self.isActive = isActive
            }

            public enum CodingKeys: String, CodingKey {
                case accountId = "account_id"
                case ownerName = "owner_name"
                case isActive = "is_active"
            }
        }

        """)
    }

    @Test func datesAndUUIDsDecodeThroughTheirWireForms() throws {
        let sources = try renderSnippet("""
        Event:
          type: object
          required: [id, occurred_at]
          properties:
            id: {type: string, format: uuid}
            occurred_at: {type: string, format: date-time}
            value_date: {type: string, format: date}
            related: {type: array, items: {type: string, format: uuid}}
        """)
        let source = try #require(sources["Event"])
        #expect(source.contains("public var id: UUID\n"))
        #expect(source.contains("public var valueDate: CalendarDate?\n"))
        #expect(source.contains("self.id = try container.decode(UUIDString.self, forKey: .id).uuid"))
        #expect(source.contains("self.occurredAt = try container.decode(DateTimeString.self, forKey: .occurredAt).date"))
        #expect(source.contains("self.related = try container.decodeIfPresent([UUIDString].self, forKey: .related)?.map { $0.uuid }"))
        #expect(source.contains("try container.encodeIfPresent(related.map { $0.map { UUIDString($0) } }, forKey: .related)"))
    }

    @Test func requiredNullableMemberIsWrittenAsNull() throws {
        let sources = try renderSnippet("""
        Limit:
          type: object
          required: [amount]
          properties:
            amount: {type: [integer, "null"]}
        """)
        let source = try #require(sources["Limit"])
        #expect(source.contains("public var amount: Int?\n"))
        #expect(source.contains("self.amount = try container.decode(Int?.self, forKey: .amount)"))
        #expect(source.contains("try container.encode(amount, forKey: .amount)"))
    }

    @Test func inlineObjectsAndEnumsNestInsideTheirParent() throws {
        let sources = try renderSnippet("""
        Customer:
          type: object
          properties:
            address:
              type: object
              properties:
                city: {type: string}
            status: {type: string, enum: [active, closed]}
        """)
        let source = try #require(sources["Customer"])
        #expect(source.contains("public var address: Customer.Address?"))
        #expect(source.contains("public var status: Customer.Status?"))
        #expect(source.contains("\n    public struct Address: Codable, Hashable, Sendable {\n        public var city: String?\n"))
        #expect(source.contains("\n    public enum Status: RawRepresentable, Codable, Hashable, Sendable, CaseIterable {\n        case active\n"))
    }

    @Test func recursiveMembersAreBoxed() throws {
        let sources = try renderSnippet("""
        Category:
          type: object
          required: [name]
          properties:
            name: {type: string}
            parent: {$ref: '#/components/schemas/Category'}
            children: {type: array, items: {$ref: '#/components/schemas/Category'}}
        """)
        let source = try #require(sources["Category"])
        #expect(source.contains("""
            public var parent: Category? {
                get { _parent.value }
                set { _parent = Boxed(newValue) }
            }
            private var _parent: Boxed<Category?>
        """))
        // Arrays already store their elements on the heap.
        #expect(source.contains("public var children: [Category]?\n"))
    }

    @Test func allOfMembersMergeIntoOneStruct() throws {
        let sources = try renderSnippet("""
        Base:
          type: object
          required: [id]
          properties:
            id: {type: string}
        Extended:
          allOf:
            - $ref: '#/components/schemas/Base'
            - type: object
              required: [label]
              properties:
                label: {type: string}
        """)
        let source = try #require(sources["Extended"])
        #expect(source.contains("public var id: String\n"))
        #expect(source.contains("public var label: String\n"))
    }

    @Test func keywordsAreEscaped() throws {
        let sources = try renderSnippet("""
        Flags:
          type: object
          properties:
            default: {type: boolean}
            self: {type: string}
        """)
        let source = try #require(sources["Flags"])
        #expect(source.contains("public var `default`: Bool?"))
        // `flags.self` is the value itself, backticks or not: the member needs another name.
        #expect(source.contains("public var _self: String?"))
        #expect(source.contains("case _self = \"self\""))
    }

    @Test func additionalPropertiesAreKept() throws {
        let sources = try renderSnippet("""
        Tags:
          type: object
          properties:
            name: {type: string}
          additionalProperties: {type: string}
        Labels:
          type: object
          additionalProperties: {type: integer}
        """)
        #expect(try #require(sources["Tags"]).contains("public var additionalProperties: [String: String]"))
        #expect(sources["Labels"] == "public typealias Labels = [String: Int]\n")
    }
}
