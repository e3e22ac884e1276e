import SpecwrightJSONSchema
import SpecwrightModel
import SpecwrightReader
import SpecwrightValidation

/// One operation, ready to check requests: its path template, and a reader and validator per parameter and
/// per request media type, compiled once.
struct CompiledOperation: Sendable {
    struct CompiledParameter: Sendable {
        let reader: ParameterReader
        let isRequired: Bool
        let validator: JSONSchemaValidator?
    }

    struct CompiledContent: Sendable {
        let range: MediaType
        let shape: ParameterShape
        var check: (@Sendable (JSONValue) -> [ValidationIssue])?
    }

    let operationID: String?
    let method: String
    let template: PathTemplate
    let parameters: [CompiledParameter]
    let isBodyRequired: Bool
    var contents: [CompiledContent]

    init(_ operation: Operation, spec: Spec, schemas: OperationSchemas) throws {
        operationID = operation.operationID
        method = operation.method
        template = PathTemplate(operation.path)
        parameters = try operation.parameters.compactMap { parameter in
            // OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored.
            if parameter.location == .header, ["accept", "content-type", "authorization"].contains(parameter.name.lowercased()) {
                return nil
            }
            let node = parameter.schema.flatMap { Self.node(identity: $0.identity, in: spec) }
            return CompiledParameter(
                reader: ParameterReader(
                    name: parameter.name, location: parameter.location, style: parameter.style, explode: parameter.explode,
                    shape: ParameterShape(schema: node, in: spec),
                    isJSONContent: node.map { $0.pointer.contains("/content/") } ?? false),
                isRequired: parameter.isRequired || parameter.location == .path,
                validator: try node.map(schemas.validator))
        }
        isBodyRequired = operation.requestBody?.isRequired ?? false
        var contents: [CompiledContent] = []
        for content in operation.requestBody?.contents ?? [] {
            guard let range = MediaType(content.mediaType) else { continue }
            let node = content.schema.flatMap { Self.node(identity: $0.identity, in: spec) }
            var check: (@Sendable (JSONValue) -> [ValidationIssue])?
            if let validator = try node.map(schemas.validator) {
                check = { validator.validate($0) }
            }
            contents.append(CompiledContent(range: range, shape: ParameterShape(schema: node, in: spec), check: check))
        }
        self.contents = contents
    }

    /// The most specific declared media range that `mediaType` falls in.
    func content(for mediaType: MediaType) -> CompiledContent? {
        contents
            .compactMap { content in mediaType.specificity(ofRange: content.range).map { (content, $0) } }
            .max { $0.1 < $1.1 }?.0
    }

    private static func node(identity: String, in spec: Spec) -> Node? {
        guard identity.utf8.contains(UInt8(ascii: "#")) else { return nil }
        return spec.node(identity: identity)
    }
}
