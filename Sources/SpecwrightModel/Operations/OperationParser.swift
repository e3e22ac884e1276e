import OrderedCollections
import SpecwrightReader

/// Reads path items (under `paths`, 3.1 `webhooks` and 3.0's `x-webhooks` convention) into operations,
/// giving their inline schemas types named after the operation.
struct OperationParser {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"]

    let spec: Spec
    let translator: TypeTranslator
    let diagnostics: DiagnosticLog
    var operationNames = SwiftNaming.Scope()
    /// `operationId` → the user's name for the operation.
    var nameOverrides: [String: String] = [:]

    init(spec: Spec, translator: TypeTranslator, diagnostics: DiagnosticLog) {
        self.spec = spec
        self.translator = translator
        self.diagnostics = diagnostics
    }

    mutating func parsePathItems(_ node: Node) throws -> [Operation] {
        var operations: [Operation] = []
        for (path, item) in try node.expectObject() where !path.hasPrefix("x-") {
            operations += try parsePathItem(try spec.dereferenceObject(item, diagnostics: diagnostics), path: path)
        }
        return operations
    }

    private mutating func parsePathItem(_ item: Node, path: String) throws -> [Operation] {
        let shared = try item["parameters"].map { try $0.expectArray() } ?? []
        var operations: [Operation] = []
        for (key, operationNode) in try item.expectObject() where Self.methods.contains(key) {
            operations.append(try parseOperation(operationNode, method: key.uppercased(), path: path, sharedParameters: shared))
        }
        return operations
    }

    private mutating func parseOperation(_ node: Node, method: String, path: String, sharedParameters: [Node]) throws -> Operation {
        let operationID = try node["operationId"]?.expectString()
        let swiftName = operationNames.claim(
            operationID.flatMap { nameOverrides[$0] } ?? SwiftNaming.typeName(operationID ?? "\(method.lowercased()) \(path)"))
        let documentation = Documentation(
            summary: try node["summary"]?.expectString(),
            description: try node["description"]?.expectString(),
            isDeprecated: try node["deprecated"]?.expectBool() ?? false
        )

        // Operation-level parameters override path-level ones with the same name and location.
        // An overriding parameter keeps the place of the one it replaces.
        var parameterNodes = OrderedDictionary<String, Node>()
        for parameter in sharedParameters + (try node["parameters"]?.expectArray() ?? []) {
            let resolved = try spec.dereferenceObject(parameter, diagnostics: diagnostics)
            parameterNodes["\(resolved["in"]?.string ?? "")/\(resolved["name"]?.string ?? "")"] = resolved
        }
        var parameterScope = SwiftNaming.Scope()
        var parameters = try parameterNodes.values.map { try parseParameter($0, operation: swiftName, names: &parameterScope) }
        addUndeclaredPathParameters(path: path, to: &parameters, at: node.location, names: &parameterScope)

        let requestBody = try node["requestBody"].map { try parseRequestBody(try spec.dereferenceObject($0, diagnostics: diagnostics), operation: swiftName) }
        let responses = try parseResponses(node["responses"], operation: swiftName)

        return Operation(
            operationID: operationID, swiftName: swiftName, method: method, path: path,
            documentation: documentation,
            tags: try node["tags"]?.expectArray().map { try $0.expectString() } ?? [],
            parameters: parameters, requestBody: requestBody, responses: responses,
            security: try node["security"].map(Self.parseSecurityRequirements),
            extensions: (node.object ?? [:]).filter { $0.key.hasPrefix("x-") }.reduce(into: [:]) { $0[$1.key] = $1.value },
            location: node.location
        )
    }

    /// A `{name}` in the path with no parameter declared: invalid, but the intent is clear.
    private func addUndeclaredPathParameters(path: String, to parameters: inout [Parameter], at location: SourceLocation, names: inout SwiftNaming.Scope) {
        for name in Self.templateNames(in: path) where !parameters.contains(where: { $0.location == .path && $0.name == name }) {
            diagnostics.warn("path parameter `\(name)` of `\(path)` is not declared; assumed a required string", rule: .pathParameterDeclared, at: location)
            parameters.append(Parameter(
                name: name, swiftName: names.claim(SwiftNaming.memberName(name)), location: .path, isRequired: true,
                documentation: Documentation(), style: "simple", explode: false, schema: nil, type: .string, isNullable: false
            ))
        }
    }

    static func templateNames(in path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" { current = "" } else if character == "}", let name = current {
                names.append(name)
                current = nil
            } else if current != nil {
                current!.append(character)
            }
        }
        return names
    }

    private func parseParameter(_ node: Node, operation: String, names: inout SwiftNaming.Scope) throws -> Parameter {
        let name = try node["name"]?.expectString() ?? { throw node.error("a parameter needs a `name`") }()
        let locationText = try node["in"]?.expectString() ?? { throw node.error("parameter `\(name)` needs `in`") }()
        guard let location = Parameter.Location(rawValue: locationText) else {
            throw node.error("parameter `\(name)` has `in: \(locationText)`; expected path, query, header or cookie")
        }
        // A parameter has a `schema`, or a `content` map with one media type that holds it.
        let schemaNode = node["schema"] ?? node["content"]?.object?.values.first?["schema"]
        let schema = try schemaNode.map { try translator.schema(for: $0) }
        let usage = try schema.map { try translator.usage(of: $0, hint: operation + " " + name, in: translator.topLevel) }
        let defaultStyle = location == .query || location == .cookie ? "form" : "simple"
        let style = try node["style"]?.expectString() ?? defaultStyle
        var isRequired = try node["required"]?.expectBool() ?? false
        if location == .path && !isRequired {
            diagnostics.warn("path parameter `\(name)` must be required; assumed `required: true`", rule: .pathParameterRequired, at: node.location)
            isRequired = true
        }
        return Parameter(
            name: name, swiftName: names.claim(SwiftNaming.memberName(name)), location: location,
            isRequired: isRequired,
            documentation: Documentation(
                description: try node["description"]?.expectString(),
                isDeprecated: try node["deprecated"]?.expectBool() ?? false,
                notes: schema.map(ConstraintSummary.lines) ?? []
            ),
            style: style, explode: try node["explode"]?.expectBool() ?? (style == "form"),
            allowReserved: try node["allowReserved"]?.expectBool() ?? false,
            isSetByMiddleware: try node["x-specwright-set-by-middleware"]?.expectBool(),
            schema: schema, type: usage?.type, isNullable: usage?.isNullable ?? false
        )
    }

    private func parseRequestBody(_ node: Node, operation: String) throws -> RequestBody {
        RequestBody(
            isRequired: try node["required"]?.expectBool() ?? false,
            description: try node["description"]?.expectString(),
            contents: try parseContent(node["content"], hint: operation + "Request")
        )
    }

    private func parseResponses(_ node: Node?, operation: String) throws -> [Response] {
        guard let node else { return [] }
        let entries = try node.expectObject().filter { !$0.key.hasPrefix("x-") }.map { status, value in
            (status, try spec.dereferenceObject(value, diagnostics: diagnostics))
        }
        // Name response bodies `<Operation>Response`, adding the status only when several responses have bodies.
        let bodyCount = entries.filter { $0.1["content"]?.object?.isEmpty == false }.count
        var responses: [Response] = []
        for (status, resolved) in entries {
            let hint = operation + "Response" + (bodyCount > 1 ? SwiftNaming.typeName(status) : "")
            var headers: [Parameter] = []
            var names = SwiftNaming.Scope()
            for (headerName, header) in resolved["headers"]?.object ?? [:] {
                let resolvedHeader = try spec.dereferenceObject(header, diagnostics: diagnostics)
                let schema = try resolvedHeader["schema"].map { try translator.schema(for: $0) }
                let usage = try schema.map { try translator.usage(of: $0, hint: hint + " " + headerName, in: translator.topLevel) }
                headers.append(Parameter(
                    name: headerName, swiftName: names.claim(SwiftNaming.memberName(headerName)), location: .header,
                    isRequired: try resolvedHeader["required"]?.expectBool() ?? false,
                    documentation: Documentation(description: try resolvedHeader["description"]?.expectString()),
                    style: "simple", explode: false, schema: schema, type: usage?.type, isNullable: usage?.isNullable ?? false
                ))
            }
            responses.append(Response(
                status: status, description: try resolved["description"]?.expectString(), headers: headers,
                contents: try parseContent(resolved["content"], hint: hint)
            ))
        }
        return responses
    }

    private func parseContent(_ node: Node?, hint: String) throws -> [MediaContent] {
        guard let node else { return [] }
        var contents: [MediaContent] = []
        // Different media types with the same schema share one type.
        var typesBySchema: [String: TypeUsage] = [:]
        for (mediaType, media) in try node.expectObject() {
            guard mediaType.contains("/") || mediaType.contains("*") else {
                diagnostics.warn("`\(mediaType)` is not a media type; this key of `content` is ignored (it belongs inside a media type object)", rule: .contentKeyMediaType, at: media.location)
                continue
            }
            var schema: Schema?
            var usage: TypeUsage?
            if let schemaNode = media["schema"] {
                let parsed = try translator.schema(for: schemaNode)
                schema = parsed
                let key = parsed.reference ?? parsed.identity
                if let shared = typesBySchema[key] {
                    usage = shared
                } else {
                    usage = try translator.usage(of: parsed, hint: hint, in: translator.topLevel)
                    typesBySchema[key] = usage
                }
            }
            var examples: [(String, Node)] = []
            if let example = media["example"] { examples.append(("example", example)) }
            for (name, example) in media["examples"]?.object ?? [:] {
                let resolved = try spec.dereferenceObject(example, diagnostics: diagnostics)
                if let value = resolved["value"] { examples.append((name, value)) }
            }
            contents.append(MediaContent(mediaType: mediaType, schema: schema, type: usage?.type, examples: examples))
        }
        return contents
    }

    static func parseSecurityRequirements(_ node: Node) throws -> [[String: [String]]] {
        try node.expectArray().map { requirement in
            try requirement.expectObject().reduce(into: [:]) { result, entry in
                result[entry.key] = try entry.value.expectArray().map { try $0.expectString() }
            }
        }
    }
}
