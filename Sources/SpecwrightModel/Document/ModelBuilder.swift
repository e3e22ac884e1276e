import OrderedCollections
import SpecwrightReader

/// Builds the intermediate model from a read spec in one pass over the tree.
public enum ModelBuilder {
    public static func build(_ spec: Spec) throws -> APIModel {
        let diagnostics = DiagnosticLog()
        let dialect = OpenAPIDialect(version: spec.openAPIVersion)
        let parser = SchemaParser(spec: spec, dialect: dialect, diagnostics: diagnostics)
        let translator = TypeTranslator(spec: spec, parser: parser, diagnostics: diagnostics)
        let root = spec.root

        let info = try root["info"]?.expectObject()
        if info == nil { diagnostics.warn("the document has no `info`; title and version are left empty", at: root.location) }

        var schemas = OrderedDictionary<String, Schema>()
        let components = root["components"]
        for (key, node) in try components?["schemas"]?.expectObject() ?? [:] {
            try translator.registerComponent(node, key: key)
            schemas[key] = try translator.schema(for: node)
        }

        var operationParser = OperationParser(spec: spec, translator: translator, diagnostics: diagnostics)
        let operations = try root["paths"].map { try operationParser.parsePathItems($0) } ?? []
        var webhooks: [Operation] = []
        for key in ["webhooks", "x-webhooks"] {
            if let node = root[key] { webhooks += try operationParser.parsePathItems(node) }
        }
        try translator.declarePendingTypes()

        let types = RecursionBreaker.boxRecursiveMembers(in: translator.topLevel.declarations)
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
            diagnostics: spec.diagnostics + diagnostics.diagnostics
        )
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
