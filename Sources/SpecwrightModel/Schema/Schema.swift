import OrderedCollections
import SpecwrightReader

/// A JSON Schema (OpenAPI 3.0 Schema Object or 3.1 / 2020-12 schema) with every keyword kept.
///
/// Nothing is dropped on the way from the spec to the code generators: keywords this type does not
/// model explicitly land in `otherKeywords`, vendor extensions in `extensions`.
///
/// The keywords (`Keywords`, read and written as members of the schema) sit behind one copy-on-write
/// reference: a schema is one pointer wide, so the arrays, dictionaries, indexes and declarations that hold
/// schemas copy a reference instead of some 900 bytes and 30 retains per schema, and a change to a copy
/// copies that schema's keywords only.
@dynamicMemberLookup
public struct Schema: Sendable {
    /// The JSON types a schema allows, from `type` (a string or, in 3.1, an array).
    public enum JSONType: String, Sendable, CaseIterable {
        case string, number, integer, boolean, object, array, null
    }

    /// A numeric bound with its exclusivity (3.0's boolean `exclusiveMinimum` or 3.1's numeric form).
    public struct Bound: Sendable {
        public var value: NumberLiteral
        public var isExclusive: Bool
    }

    /// OpenAPI's discriminator object.
    public struct Discriminator: Sendable {
        /// `nil` when the spec omits `propertyName` (a defect some public specs have; a warning is issued).
        public var propertyName: String?
        /// Discriminator value → the `identity` of the schema it selects, in document order.
        public var mapping: OrderedDictionary<String, String>
    }

    /// Every keyword of one schema.
    public struct Keywords: Sendable {
        /// Where the schema is written: its node's identity (`file#pointer`) and source location.
        public var identity: String
        public var location: SourceLocation

        /// `$ref` target identity. In 3.1 a `$ref` may have sibling keywords, which are kept beside it.
        public var reference: String?
        /// `true`/`false` schemas of 2020-12.
        public var booleanValue: Bool?

        // Annotations
        public var title: String?
        public var description: String?
        public var defaultValue: Node?
        public var examples: [Node] = []
        public var isDeprecated = false
        public var isReadOnly = false
        public var isWriteOnly = false

        // Type and value
        /// `nil` when the schema does not constrain the type.
        public var types: [JSONType]?
        /// OpenAPI 3.0's `nullable: true`, kept separately from `types` so lint can tell the two spellings apart.
        public var isNullableKeyword = false
        public var format: String?
        public var enumValues: [Node]?
        public var constValue: Node?

        // Numbers
        public var minimum: Bound?
        public var maximum: Bound?
        public var multipleOf: NumberLiteral?

        // Strings
        public var minLength: Int?
        public var maxLength: Int?
        public var pattern: String?
        public var contentEncoding: String?
        public var contentMediaType: String?

        // Arrays
        public var items: Schema?
        public var prefixItems: [Schema] = []
        public var contains: Schema?
        public var minContains: Int?
        public var maxContains: Int?
        public var minItems: Int?
        public var maxItems: Int?
        public var uniqueItems = false
        public var unevaluatedItems: Schema?

        // Objects
        public var properties: OrderedDictionary<String, Schema> = [:]
        public var required: [String] = []
        public var additionalProperties: Schema?
        public var patternProperties: OrderedDictionary<String, Schema> = [:]
        public var propertyNames: Schema?
        public var minProperties: Int?
        public var maxProperties: Int?
        public var dependentRequired: OrderedDictionary<String, [String]> = [:]
        public var dependentSchemas: OrderedDictionary<String, Schema> = [:]
        public var unevaluatedProperties: Schema?
        public var discriminator: Discriminator?

        // Composition and conditionals
        public var allOf: [Schema] = []
        public var anyOf: [Schema] = []
        public var oneOf: [Schema] = []
        public var not: Schema?
        public var ifSchema: Schema?
        public var thenSchema: Schema?
        public var elseSchema: Schema?

        // Identifiers and local definitions
        public var id: String?
        public var anchor: String?
        public var dynamicAnchor: String?
        public var dynamicReference: String?
        public var definitions: OrderedDictionary<String, Schema> = [:]

        /// `x-…` keys, verbatim.
        public var extensions: OrderedDictionary<String, Node> = [:]
        /// Every other keyword, verbatim (e.g. `xml`, `externalDocs`, `$comment`, keywords of later drafts).
        public var otherKeywords: OrderedDictionary<String, Node> = [:]
    }

    /// Holds the keywords; written to only while no other schema shares it (`isKnownUniquelyReferenced`).
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline var keywords: Keywords

        @usableFromInline init(_ keywords: Keywords) { self.keywords = keywords }
    }

    @usableFromInline var storage: Storage

    public init(identity: String, location: SourceLocation) {
        storage = Storage(Keywords(identity: identity, location: location))
    }

    @inlinable
    public subscript<Value>(dynamicMember keyword: WritableKeyPath<Keywords, Value>) -> Value {
        get { storage.keywords[keyPath: keyword] }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.keywords) }
            yield &storage.keywords[keyPath: keyword]
        }
    }

    /// The properties worked out from the keywords (`allowsNull`, and the extensions on `Keywords`).
    @inlinable
    public subscript<Value>(dynamicMember property: KeyPath<Keywords, Value>) -> Value {
        storage.keywords[keyPath: property]
    }
}

extension Schema.Keywords {

    /// Whether `null` is an allowed value, by either spelling (`nullable: true` or a `null` type).
    public var allowsNull: Bool {
        isNullableKeyword || types?.contains(.null) == true
            || enumValues?.contains(where: \.isNull) == true
    }

    /// The non-null types, or `nil` when unconstrained.
    public var nonNullTypes: [Schema.JSONType]? {
        types.map { $0.filter { $0 != .null } }
    }
}
