import OrderedCollections
import SpecwrightReader

/// Builds the intermediate model from a read spec in one pass over the tree.
public enum ModelBuilder {
    public static func build(_ spec: Spec, names: NameOverrides = NameOverrides()) throws -> APIModel {
        try build(spec, names: names, expansionLimit: ExpansionBudget.defaultLimit)
    }

    /// - Parameters:
    ///   - names: the user's Swift names for component schemas and operations.
    ///   - expansionLimit: How many schemas may be read and typed in all (see `ExpansionBudget`); a spec
    ///     that needs more is refused with the location where the budget ran out.
    public static func build(_ spec: Spec, names: NameOverrides = NameOverrides(), expansionLimit: Int) throws -> APIModel {
        let diagnostics = DiagnosticLog()
        let dialect = OpenAPIDialect(version: spec.openAPIVersion)
        let budget = ExpansionBudget(limit: expansionLimit)
        let parser = SchemaParser(spec: spec, dialect: dialect, diagnostics: diagnostics, budget: budget)
        let translator = TypeTranslator(spec: spec, parser: parser, diagnostics: diagnostics)
        let root = spec.root

        let info = try root["info"]?.expectObject()
        if info == nil { diagnostics.warn("the document has no `info`; title and version are left empty", rule: .infoPresent, at: root.location) }

        var schemas = OrderedDictionary<String, Schema>()
        let components = root["components"]
        for (key, node) in try components?["schemas"]?.expectObject() ?? [:] {
            try translator.registerComponent(node, key: key, typeName: names.schemas[key])
            schemas[key] = try translator.schema(for: node)
        }

        var operationParser = OperationParser(spec: spec, translator: translator, diagnostics: diagnostics)
        operationParser.nameOverrides = names.operations
        let operations = try root["paths"].map { try operationParser.parsePathItems($0) } ?? []
        var webhooks: [Operation] = []
        for key in ["webhooks", "x-webhooks"] {
            if let node = root[key] { webhooks += try operationParser.parsePathItems(node) }
        }
        try translator.declarePendingTypes()
        let stateMachines = try parseStateMachines(components?["schemas"], schemas: schemas, translator: translator, diagnostics: diagnostics)

        let declarations = SharedTypeHoisting.apply(
            to: translator.topLevel.declarations, names: translator.hoistedTypeNames,
            undocumented: translator.typesSharedAcrossDescriptions
        )
        let types = IndirectStorage.apply(to: try RecursionBreaker.boxRecursiveMembers(in: declarations))
        return APIModel(
            title: try info?["title"]?.expectString() ?? "",
            version: info?["version"]?.scalarText ?? "",
            description: try info?["description"]?.expectString(),
            openAPIVersion: spec.openAPIVersion,
            dialect: dialect,
            servers: try (root["servers"]?.expectArray() ?? []).map {
                Server(
                    url: try $0["url"]?.expectString() ?? "/", description: try $0["description"]?.expectString(),
                    variables: try ($0["variables"]?.expectObject() ?? [:]).map { name, variable in
                        ServerVariable(
                            name: name, defaultValue: variable["default"]?.scalarText ?? "",
                            allowedValues: try variable["enum"]?.expectArray().compactMap(\.scalarText) ?? [],
                            description: try variable["description"]?.expectString()
                        )
                    }
                )
            },
            schemas: schemas,
            schemasByIdentity: translator.parsedSchemas,
            componentTypeNames: OrderedDictionary(uniqueKeysWithValues: try schemas.map { key, schema in
                (key, try translator.typeName(ofComponent: schema))
            }),
            types: types,
            operations: operations,
            webhooks: webhooks,
            securitySchemes: try (components?["securitySchemes"]?.expectObject() ?? [:]).map { name, node in
                try parseSecurityScheme(try spec.dereferenceObject(node, diagnostics: diagnostics), name: name)
            },
            security: try root["security"].map(OperationParser.parseSecurityRequirements) ?? [],
            stateMachines: stateMachines,
            diagnostics: spec.diagnostics + diagnostics.diagnostics
        )
    }

    /// Each component schema's `x-state-machine`, named `<Type>Lifecycle` beside the schema's type.
    private static func parseStateMachines(
        _ componentSchemas: Node?,
        schemas: OrderedDictionary<String, Schema>,
        translator: TypeTranslator,
        diagnostics: DiagnosticLog
    ) throws -> [StateMachine] {
        let parser = StateMachineParser(schemas: schemas, diagnostics: diagnostics)
        return try (componentSchemas?.object ?? [:]).compactMap { key, node in
            guard let schema = schemas[key], let machine = node[StateMachineParser.extensionKey] else { return nil }
            let typeName = try translator.typeName(ofComponent: schema)
            return parser.parse(
                machine, schemaName: key, typeName: typeName,
                lifecycleTypeName: translator.topLevel.claim(typeName + "Lifecycle"), schema: schema
            )
        }
    }

    private static func parseSecurityScheme(_ node: Node, name: String) throws -> SecurityScheme {
        SecurityScheme(
            name: name,
            type: try node["type"]?.expectString() ?? { throw node.error("security scheme `\(name)` needs a `type`") }(),
            description: try node["description"]?.expectString(),
            scheme: try node["scheme"]?.expectString(),
            bearerFormat: try node["bearerFormat"]?.expectString(),
            keyLocation: try node["in"]?.expectString(),
            keyName: try node["name"]?.expectString(),
            flows: node["flows"],
            openIDConnectURL: try node["openIdConnectUrl"]?.expectString()
        )
    }
}
