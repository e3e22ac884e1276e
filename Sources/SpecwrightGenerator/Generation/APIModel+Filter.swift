import OrderedCollections
import SpecwrightModel

extension APIModel {
    /// The model with only the operations `filter` keeps, and only the types and schemas they reach
    /// (through property types and through `$ref`s anywhere in a schema, `allOf` included).
    func keeping(_ filter: OperationFilter) -> APIModel {
        guard !filter.isEmpty else { return self }
        var model = self
        model.operations = operations.filter { filter.keeps(tags: $0.tags, path: $0.path, operationID: $0.operationID) }
        model.webhooks = webhooks.filter { filter.keeps(tags: $0.tags, path: $0.path, operationID: $0.operationID) }

        var reach = Reachability(model: self)
        for operation in model.operations + model.webhooks { reach.visit(operation) }
        reach.finish()

        model.types = types.filter { reach.typeNames.contains($0.name) }
        model.schemas = schemas.filter { reach.componentKeys.contains($0.key) }
        model.componentTypeNames = componentTypeNames.filter { reach.componentKeys.contains($0.key) }
        model.stateMachines = stateMachines.filter { reach.typeNames.contains($0.typeName) }
        return model
    }
}

/// The top-level types and component schemas reachable from a set of operations.
private struct Reachability {
    private let declarations: [String: TypeDeclaration]
    private let componentKeysByIdentity: [String: String]
    private let componentKeysByTypeName: [String: String]
    private let model: APIModel
    private(set) var typeNames: Set<String> = []
    private(set) var componentKeys: Set<String> = []
    private var pendingTypes: [String] = []
    private var pendingComponents: [String] = []

    init(model: APIModel) {
        self.model = model
        declarations = Dictionary(model.types.map { ($0.name, $0) }) { first, _ in first }
        componentKeysByIdentity = Dictionary(model.schemas.map { ($0.value.identity, $0.key) }) { first, _ in first }
        componentKeysByTypeName = Dictionary(model.componentTypeNames.map { ($0.value, $0.key) }) { first, _ in first }
    }

    mutating func visit(_ operation: Operation) {
        let parameters = operation.parameters + operation.responses.flatMap(\.headers)
        for parameter in parameters {
            parameter.type.map { visit($0) }
            parameter.schema.map { visit($0) }
        }
        let contents = (operation.requestBody?.contents ?? []) + operation.responses.flatMap(\.contents)
        for content in contents {
            content.type.map { visit($0) }
            content.schema.map { visit($0) }
        }
    }

    /// Follows everything reached so far until nothing new turns up.
    mutating func finish() {
        repeat {
            drainComponents()
            while let name = pendingTypes.popLast() {
                if let key = componentKeysByTypeName[name] { reachComponent(key) }
                if let declaration = declarations[name] { visit(declaration) }
            }
        } while !pendingComponents.isEmpty
    }

    private mutating func drainComponents() {
        while let key = pendingComponents.popLast() {
            if let schema = model.schemas[key] { visit(schema) }
            if let typeName = model.componentTypeNames[key] { reachType(typeName) }
        }
    }

    private mutating func visit(_ declaration: TypeDeclaration) {
        _ = declaration.kind.renamingTypes { name in
            reachType(name)
            return name
        }
        visit(declaration.schema)
        for nested in declaration.nestedTypes { visit(nested) }
    }

    private mutating func visit(_ type: SwiftType) {
        _ = type.renamingTypes { name in
            reachType(name)
            return name
        }
    }

    private mutating func visit(_ schema: Schema) {
        if let reference = schema.reference, let key = componentKeysByIdentity[reference] { reachComponent(key) }
        let single = [schema.items, schema.contains, schema.unevaluatedItems, schema.additionalProperties,
                      schema.propertyNames, schema.unevaluatedProperties, schema.not, schema.ifSchema,
                      schema.thenSchema, schema.elseSchema].compactMap { $0 }
        let lists = [schema.prefixItems, schema.allOf, schema.anyOf, schema.oneOf]
        let maps = [schema.properties, schema.patternProperties, schema.dependentSchemas, schema.definitions]
        for subschema in single + lists.joined() + maps.map(\.values).joined() { visit(subschema) }
    }

    /// `Customer.Address` is generated inside `Customer`, so reaching it keeps `Customer`.
    private mutating func reachType(_ qualifiedName: String) {
        let topLevel = String(qualifiedName.prefix { $0 != "." })
        if typeNames.insert(topLevel).inserted { pendingTypes.append(topLevel) }
    }

    private mutating func reachComponent(_ key: String) {
        if componentKeys.insert(key).inserted { pendingComponents.append(key) }
    }
}
