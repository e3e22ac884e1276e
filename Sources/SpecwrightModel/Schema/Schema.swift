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

    /// The keywords of one schema. Those that fewer than one schema in a hundred uses (`RareKeywords`) are
    /// kept in a box of their own, allocated only by a schema that sets one of them.
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

        // Strings
        public var minLength: Int?
        public var maxLength: Int?
        public var pattern: String?

        // Arrays
        public var items: Schema?
        public var uniqueItems = false

        // Objects
        public var properties: OrderedDictionary<String, Schema> = [:]
        public var required: [String] = []
        public var additionalProperties: Schema?

        // Composition
        public var allOf: [Schema] = []
        public var anyOf: [Schema] = []
        public var oneOf: [Schema] = []

        /// `x-…` keys, verbatim.
        public var extensions: OrderedDictionary<String, Node> = [:]

        private var rare: KeywordStorage<RareKeywords>?

        init(identity: String, location: SourceLocation) {
            self.identity = identity
            self.location = location
        }

        /// The rare keywords' storage, made for this schema alone before a change.
        private mutating func uniqueRare() -> KeywordStorage<RareKeywords> {
            // Checked before `rare` is bound to a local, which would be a second reference.
            if isKnownUniquelyReferenced(&rare), let rare { return rare }
            let unique = KeywordStorage(rare?.value ?? RareKeywords())
            rare = unique
            return unique
        }

        // The rare keywords, read from and written to `rare`.
        public var minimum: Bound? {
            get { rare?.value.minimum }
            _modify { yield &uniqueRare().value.minimum }
        }
        public var maximum: Bound? {
            get { rare?.value.maximum }
            _modify { yield &uniqueRare().value.maximum }
        }
        public var multipleOf: NumberLiteral? {
            get { rare?.value.multipleOf }
            _modify { yield &uniqueRare().value.multipleOf }
        }
        public var contentEncoding: String? {
            get { rare?.value.contentEncoding }
            _modify { yield &uniqueRare().value.contentEncoding }
        }
        public var contentMediaType: String? {
            get { rare?.value.contentMediaType }
            _modify { yield &uniqueRare().value.contentMediaType }
        }
        public var prefixItems: [Schema] {
            get { rare?.value.prefixItems ?? [] }
            _modify { yield &uniqueRare().value.prefixItems }
        }
        public var contains: Schema? {
            get { rare?.value.contains }
            _modify { yield &uniqueRare().value.contains }
        }
        public var minContains: Int? {
            get { rare?.value.minContains }
            _modify { yield &uniqueRare().value.minContains }
        }
        public var maxContains: Int? {
            get { rare?.value.maxContains }
            _modify { yield &uniqueRare().value.maxContains }
        }
        public var minItems: Int? {
            get { rare?.value.minItems }
            _modify { yield &uniqueRare().value.minItems }
        }
        public var maxItems: Int? {
            get { rare?.value.maxItems }
            _modify { yield &uniqueRare().value.maxItems }
        }
        public var unevaluatedItems: Schema? {
            get { rare?.value.unevaluatedItems }
            _modify { yield &uniqueRare().value.unevaluatedItems }
        }
        public var patternProperties: OrderedDictionary<String, Schema> {
            get { rare?.value.patternProperties ?? [:] }
            _modify { yield &uniqueRare().value.patternProperties }
        }
        public var propertyNames: Schema? {
            get { rare?.value.propertyNames }
            _modify { yield &uniqueRare().value.propertyNames }
        }
        public var minProperties: Int? {
            get { rare?.value.minProperties }
            _modify { yield &uniqueRare().value.minProperties }
        }
        public var maxProperties: Int? {
            get { rare?.value.maxProperties }
            _modify { yield &uniqueRare().value.maxProperties }
        }
        public var dependentRequired: OrderedDictionary<String, [String]> {
            get { rare?.value.dependentRequired ?? [:] }
            _modify { yield &uniqueRare().value.dependentRequired }
        }
        public var dependentSchemas: OrderedDictionary<String, Schema> {
            get { rare?.value.dependentSchemas ?? [:] }
            _modify { yield &uniqueRare().value.dependentSchemas }
        }
        public var unevaluatedProperties: Schema? {
            get { rare?.value.unevaluatedProperties }
            _modify { yield &uniqueRare().value.unevaluatedProperties }
        }
        public var discriminator: Discriminator? {
            get { rare?.value.discriminator }
            _modify { yield &uniqueRare().value.discriminator }
        }
        public var not: Schema? {
            get { rare?.value.not }
            _modify { yield &uniqueRare().value.not }
        }
        public var ifSchema: Schema? {
            get { rare?.value.ifSchema }
            _modify { yield &uniqueRare().value.ifSchema }
        }
        public var thenSchema: Schema? {
            get { rare?.value.thenSchema }
            _modify { yield &uniqueRare().value.thenSchema }
        }
        public var elseSchema: Schema? {
            get { rare?.value.elseSchema }
            _modify { yield &uniqueRare().value.elseSchema }
        }
        public var id: String? {
            get { rare?.value.id }
            _modify { yield &uniqueRare().value.id }
        }
        public var anchor: String? {
            get { rare?.value.anchor }
            _modify { yield &uniqueRare().value.anchor }
        }
        public var dynamicAnchor: String? {
            get { rare?.value.dynamicAnchor }
            _modify { yield &uniqueRare().value.dynamicAnchor }
        }
        public var dynamicReference: String? {
            get { rare?.value.dynamicReference }
            _modify { yield &uniqueRare().value.dynamicReference }
        }
        public var definitions: OrderedDictionary<String, Schema> {
            get { rare?.value.definitions ?? [:] }
            _modify { yield &uniqueRare().value.definitions }
        }
        /// Every other keyword, verbatim (e.g. `xml`, `externalDocs`, `$comment`, keywords of later drafts).
        public var otherKeywords: OrderedDictionary<String, Node> {
            get { rare?.value.otherKeywords ?? [:] }
            _modify { yield &uniqueRare().value.otherKeywords }
        }
    }

    /// Keywords fewer than one schema in a hundred uses (counted over the corpus of real specs).
    struct RareKeywords: Sendable {
        // Numbers
        var minimum: Bound?
        var maximum: Bound?
        var multipleOf: NumberLiteral?

        // Strings
        var contentEncoding: String?
        var contentMediaType: String?

        // Arrays
        var prefixItems: [Schema] = []
        var contains: Schema?
        var minContains: Int?
        var maxContains: Int?
        var minItems: Int?
        var maxItems: Int?
        var unevaluatedItems: Schema?

        // Objects
        var patternProperties: OrderedDictionary<String, Schema> = [:]
        var propertyNames: Schema?
        var minProperties: Int?
        var maxProperties: Int?
        var dependentRequired: OrderedDictionary<String, [String]> = [:]
        var dependentSchemas: OrderedDictionary<String, Schema> = [:]
        var unevaluatedProperties: Schema?
        var discriminator: Discriminator?

        // Conditionals and negation
        var not: Schema?
        var ifSchema: Schema?
        var thenSchema: Schema?
        var elseSchema: Schema?

        // Identifiers and local definitions
        var id: String?
        var anchor: String?
        var dynamicAnchor: String?
        var dynamicReference: String?
        var definitions: OrderedDictionary<String, Schema> = [:]

        var otherKeywords: OrderedDictionary<String, Node> = [:]
    }

    /// Keywords shared by copies of a schema; written to only while no other copy shares them
    /// (`isKnownUniquelyReferenced`), else copied first.
    @usableFromInline
    final class KeywordStorage<Value: Sendable>: @unchecked Sendable {
        @usableFromInline var value: Value

        @usableFromInline init(_ value: Value) { self.value = value }
    }

    @usableFromInline var storage: KeywordStorage<Keywords>

    public init(identity: String, location: SourceLocation) {
        storage = KeywordStorage(Keywords(identity: identity, location: location))
    }

    @inlinable
    public subscript<Value>(dynamicMember keyword: WritableKeyPath<Keywords, Value>) -> Value {
        get { storage.value[keyPath: keyword] }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = KeywordStorage(storage.value) }
            yield &storage.value[keyPath: keyword]
        }
    }

    /// The properties worked out from the keywords (`allowsNull`, and the extensions on `Keywords`).
    @inlinable
    public subscript<Value>(dynamicMember property: KeyPath<Keywords, Value>) -> Value {
        storage.value[keyPath: property]
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
