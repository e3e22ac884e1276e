import SpecwrightModel

/// Every schema of a model by identity (`file#pointer`), so that validators can follow `$ref`s to any
/// schema the model holds: components, their `$defs`, and subschemas of other schemas.
struct SchemaIndex: Sendable {
    /// Where each schema is in `storage`, by identity. The schemas are not the dictionary's values: a `Schema`
    /// is about 900 bytes, and a dictionary keeps a quarter or more of its buckets empty and holds two tables
    /// while it grows; on a spec of 50,000 schemas that was 176 MB against 45 MB in one array.
    private var positions: [String: Int] = [:]
    private var storage: [Schema] = []

    init(model: APIModel) {
        for schema in model.schemas.values { add(schema) }
        for declaration in model.types { add(declaration) }
    }

    subscript(identity: String) -> Schema? { positions[identity].map { storage[$0] } }

    /// The identities of every schema, in no particular order.
    var identities: Dictionary<String, Int>.Keys { positions.keys }

    private mutating func add(_ declaration: TypeDeclaration) {
        add(declaration.schema)
        for nested in declaration.nestedTypes { add(nested) }
    }

    private mutating func add(_ schema: Schema) {
        guard positions[schema.identity] == nil else { return }
        positions[schema.identity] = storage.count
        storage.append(schema)
        for child in schema.subschemas { add(child) }
    }

    /// The JSON types a value must have to possibly match `schema`, following `$ref`s a few hops, as the
    /// dynamic validator judges which alternative of a failed `oneOf` to report.
    func admittedTypes(of schema: Schema, dialect: OpenAPIDialect, hops: Int = 0) -> Set<Schema.JSONType> {
        let all = Set(Schema.JSONType.allCases)
        if let flag = schema.booleanValue { return flag ? all : [] }
        var admitted = all
        if dialect == .openAPI30, let reference = schema.reference {
            guard hops < 8, let target = self[reference] else { return all }
            return admittedTypes(of: target, dialect: dialect, hops: hops + 1)
        }
        if let types = schema.types {
            admitted = Set(types)
            if admitted.contains(.number) { admitted.insert(.integer) }
            if dialect == .openAPI30 && schema.isNullableKeyword { admitted.insert(.null) }
        }
        if let reference = schema.reference, hops < 8, let target = self[reference] {
            admitted.formIntersection(admittedTypes(of: target, dialect: dialect, hops: hops + 1))
        }
        return admitted
    }
}

extension Schema.Keywords {
    /// The schemas directly inside this one, in a fixed order.
    var subschemas: [Schema] {
        var children: [Schema] = []
        children += [items, contains, unevaluatedItems, additionalProperties, propertyNames, unevaluatedProperties, not,
            ifSchema, thenSchema, elseSchema].compactMap { $0 }
        children += prefixItems + properties.values + patternProperties.values + dependentSchemas.values
        children += allOf + anyOf + oneOf + definitions.values
        return children
    }

    /// The JSON pointer of this schema within its file (`/components/schemas/Customer`).
    var pointer: String { String(NodeIdentity.split(identity).pointer) }
}
