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
        public struct Account: Codable, Equatable, Sendable {
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

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                self.accountId = try container.decodeMember(String.self, "account_id")
                self.ownerName = try container.decodeMember(String.self, "owner_name")
                self.isActive = try container.decodeMemberIfPresent(Bool.self, "is_active")
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeMember(accountId, "account_id")
                try container.encodeMember(ownerName, "owner_name")
                try container.encodeMemberIfPresent(isActive, "is_active")
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
        #expect(source.contains("self.id = try container.decodeMember(UUIDString.self, \"id\").uuid"))
        #expect(source.contains("self.occurredAt = try container.decodeMember(DateTimeString.self, \"occurred_at\").date"))
        #expect(source.contains("self.related = try container.decodeMemberIfPresent([UUIDString].self, \"related\")?.map { $0.uuid }"))
        #expect(source.contains("try container.encodeMemberIfPresent(related.map { $0.map { UUIDString($0) } }, \"related\")"))
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
        #expect(source.contains("self.amount = try container.decodeMember(Int?.self, \"amount\")"))
        #expect(source.contains("try container.encodeMember(amount, \"amount\")"))
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
        #expect(source.contains("public var address: Address? {"))
        #expect(source.contains("public var status: Status?"))
        #expect(source.contains("\n    public struct Address: Codable, Equatable, Sendable {\n        public var city: String?\n"))
        #expect(source.contains("\n    public enum Status: RawRepresentable, Codable, Equatable, Sendable, CaseIterable {\n        case active\n"))
    }

    @Test func structMembersAreStoredOutOfLine() throws {
        // Behind a box a member is one reference, so copying a `Payment` copies its own members only, not
        // the tree of structs below it; enums, arrays and dictionaries stay inline.
        let sources = try renderSnippet("""
        Payment:
          type: object
          required: [amount]
          properties:
            amount: {$ref: '#/components/schemas/Amount'}
            refund: {$ref: '#/components/schemas/Money'}
            status: {type: string, enum: [open, paid]}
            lines: {type: array, items: {$ref: '#/components/schemas/Amount'}}
            source:
              oneOf:
                - {$ref: '#/components/schemas/Amount'}
                - {type: string}
        Money: {$ref: '#/components/schemas/Amount'}
        Amount:
          type: object
          required: [value]
          properties:
            value: {type: integer}
        """)
        let source = try #require(sources["Payment"])
        #expect(source.contains("""
            public var amount: Amount {
                get { _amount.value }
                set { _amount = Boxed(consume newValue) }
                _modify { yield &_amount.value }
            }
            private var _amount: Boxed<Amount>
        """))
        // Through an alias too.
        #expect(source.contains("    private var _refund: Boxed<Money?>\n"))
        #expect(source.contains("    public var status: Status?\n"))
        #expect(source.contains("    public var lines: [Amount]?\n"))
        #expect(source.contains("    public indirect enum Source: Codable, Equatable, Sendable {\n"))
        #expect(source.contains("self._amount = Boxed(try container.decodeMember(Amount.self, \"amount\"))"))
        #expect(source.contains("self._amount = Boxed(consume amount)"))
        // The box itself is encoded, so this file holds no code copying or destroying an `Amount`.
        #expect(source.contains("try container.encodeBoxedMember(_amount, \"amount\")"))
        #expect(source.contains("try container.encodeBoxedMemberIfPresent(_refund, \"refund\")"))
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
                set { _parent = Boxed(consume newValue) }
                _modify { yield &_parent.value }
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
        #expect(source.contains("self._self = try container.decodeMemberIfPresent(String.self, \"self\")"))
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

    @Test func forbiddenAdditionalPropertiesLeaveNothingToKeep() throws {
        let sources = try renderSnippet("""
        Marker:
          description: Carries no data.
          type: object
          properties: {}
          additionalProperties: false
        """)
        #expect(sources["Marker"] == """
        /// Carries no data.
        public struct Marker: Codable, Equatable, Sendable {
            public init() {}

            public init(from decoder: any Decoder) throws {
                _ = try decoder.container(keyedBy: AnyCodingKey.self)
            }

            public func encode(to encoder: any Encoder) throws {
                _ = encoder.container(keyedBy: AnyCodingKey.self)
            }
        }

        """)
    }

    @Test func deprecatedMemberKeepsItsValueBesideTheDeprecatedAccessor() throws {
        // The initialiser and the coding code use the private storage, so they compile without warnings;
        // callers reading or writing `bic` still get the deprecation warning.
        let sources = try renderSnippet("""
        Account:
          type: object
          required: [iban]
          properties:
            iban: {type: string}
            bic: {type: string, deprecated: true, description: Use `iban` alone.}
        """)
        #expect(sources["Account"] == """
        public struct Account: Codable, Equatable, Sendable {
            public var iban: String

            /// Use `iban` alone.
            @available(*, deprecated)
            public var bic: String? {
                get { _bic }
                set { _bic = newValue }
            }
            private var _bic: String?

            public init(
                iban: String,
                bic: String? = nil
            ) {
                self.iban = iban
                self._bic = bic
            }

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                self.iban = try container.decodeMember(String.self, "iban")
                self._bic = try container.decodeMemberIfPresent(String.self, "bic")
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeMember(iban, "iban")
                try container.encodeMemberIfPresent(_bic, "bic")
            }
        }

        """)
    }

    @Test func deprecatedTypeWarnsWhoBuildsOneNotTheTypesStoringIt() throws {
        let sources = try renderSnippet("""
        LegacyAddress:
          description: An address in the old format.
          deprecated: true
          type: object
          properties:
            street: {type: string}
        Customer:
          type: object
          properties:
            address: {$ref: '#/components/schemas/LegacyAddress'}
        """)
        #expect(sources["LegacyAddress"] == """
        /// An address in the old format.
        ///
        /// - Warning: Deprecated in the spec.
        public struct LegacyAddress: Codable, Equatable, Sendable {
            public var street: String?

            @available(*, deprecated)
            public init(
                street: String? = nil
            ) {
                self.street = street
            }

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyCodingKey.self)
                self.street = try container.decodeMemberIfPresent(String.self, "street")
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: AnyCodingKey.self)
                try container.encodeMemberIfPresent(street, "street")
            }
        }

        """)
        // A struct-typed member is stored behind a box (see `structMembersAreStoredOutOfLine`).
        #expect(try #require(sources["Customer"]).contains("    public var address: LegacyAddress? {\n"))
    }

    @Test func nestedTypeNeverHidesATopLevelTypeItsParentUses() throws {
        // Named `Customer`, the nested union would make `case customer(Customer)` contain itself.
        let sources = try renderSnippet("""
        Charge:
          type: object
          properties:
            customer:
              anyOf:
                - {type: string}
                - $ref: '#/components/schemas/Customer'
        Customer:
          type: object
          properties:
            id: {type: string}
        """)
        let source = try #require(sources["Charge"])
        #expect(source.contains("    public var customer: CustomerValue?\n"))
        #expect(source.contains("""
            public indirect enum CustomerValue: Codable, Equatable, Sendable {
                case string(String)
                case customer(Customer)
        """))
    }

    @Test func nestedTypeNamesAvoidTheTypesAroundThem() throws {
        let sources = try renderSnippet("""
        Charge:
          type: object
          properties:
            refund:
              type: object
              properties:
                charge: {type: object, properties: {id: {type: string}}}
                coding_keys: {type: object, properties: {key: {type: string}}}
                type: {type: string, enum: [full, partial]}
        """)
        let source = try #require(sources["Charge"])
        #expect(source.contains("        public var charge: Charge2? {\n"))
        #expect(source.contains("        public struct Charge2: Codable, Equatable, Sendable {\n"))
        // Names a nested type cannot have (`Refund.Type` is the metatype) take the enclosing name in front.
        #expect(source.contains("        public var codingKeys: RefundCodingKeys? {\n"))
        #expect(source.contains("        public var type: RefundType?\n"))
    }

    @Test func nestedTypesAreWrittenAsShortAsSwiftResolvesThem() throws {
        let sources = try renderSnippet("""
        Customer:
          type: object
          properties:
            billing:
              type: object
              properties:
                address: {type: object, properties: {city: {type: string}}}
        """)
        let source = try #require(sources["Customer"])
        #expect(source.contains("    public var billing: Billing? {\n"))
        #expect(source.contains("        public var address: Address? {\n"))
        #expect(source.contains("            address: Address? = nil\n"))
    }

    @Test func everyLineBreakInADescriptionStartsANewCommentLine() throws {
        // A `\r` left inside a `///` line would end the comment and turn the rest into code.
        let sources = try renderSnippet(#"""
        Note:
          description: "Windows line.\r\nOld Mac line.\rUnix line.\n"
          type: string
        """#)
        #expect(sources["Note"] == """
        /// Windows line.
        /// Old Mac line.
        /// Unix line.
        public typealias Note = String

        """)
    }
}
