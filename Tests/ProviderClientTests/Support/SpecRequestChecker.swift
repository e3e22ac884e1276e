import Foundation
import HTTPTypes
import SpecwrightClient
import SpecwrightModel
import SpecwrightReader
import SpecwrightServerValidation
import SpecwrightValidation

/// Checks an incoming request against the spec as a strict server would, with the project's own
/// `RequestValidator` (routing, path, query, header and cookie parameters by style, the body by media
/// type), then the credential its `security` asks for; answers with the spec's example of the first 2XX
/// response, or 401 when the credential is missing or wrong.
final class SpecRequestChecker: @unchecked Sendable {
    struct Verdict {
        var operation: SpecwrightModel.Operation?
        var issues: [String]
        var status: Int
        var contentType: String?
        var headers: [(name: String, value: String)] = []
        var body: Data
    }

    let spec: Spec
    let model: APIModel
    /// The path of the spec's first server (`/api`), which requests carry before the operation's path.
    let basePath: String
    private let requestValidator: RequestValidator
    private let credentials: AcceptedCredentials?
    private let lock = NSLock()

    /// `credentials`: what each security scheme must carry; `nil` checks no credential.
    init(specFile: URL, credentials: AcceptedCredentials? = nil) throws {
        spec = try Spec.load(fileAt: specFile.path)
        model = try ModelBuilder.build(spec)
        requestValidator = try RequestValidator(spec: spec)
        self.credentials = credentials
        let serverPath = model.servers.first.flatMap { URL(string: $0.url.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""))?.path } ?? ""
        basePath = serverPath == "/" ? "" : serverPath
    }

    func check(method: HTTPRequest.Method, target: String, headers: HTTPFields, body: Data) -> Verdict {
        let incoming = IncomingRequest(
            method: method.rawValue, target: target, headers: headers.map { ($0.name.rawName, $0.value) }, body: body)
        let result = requestValidator.validate(incoming)
        let matched: MatchedOperation
        switch result {
        case .unknownPath: return reject("no operation for \(method.rawValue) \(target)")
        case .methodNotAllowed(let allowed): return reject("\(method.rawValue) \(target): only \(allowed.joined(separator: ", "))")
        case .valid(let operation), .invalid(let operation, _): matched = operation
        }
        guard let operation = model.operations.first(where: { $0.method == matched.method && $0.path == matched.pathTemplate }) else {
            return reject("the validator matched \(matched.method) \(matched.pathTemplate), which the model does not have")
        }
        let issues = result.issues.map { "\($0.instanceLocation): \($0.message)" }
        if let credentials, let refusal = credentials.refusal(of: incoming, for: operation, in: model) {
            return Verdict(operation: operation, issues: issues + [refusal], status: 401, body: Data())
        }
        return lock.withLock { answer(operation, issues: issues) }
    }

    private func reject(_ issue: String) -> Verdict {
        Verdict(operation: nil, issues: [issue], status: 404, body: Data())
    }

    private func answer(_ operation: SpecwrightModel.Operation, issues: [String]) -> Verdict {
        let successes = operation.responses.filter { $0.status.hasPrefix("2") && Int($0.status) != nil }
        guard let response = successes.first(where: { $0.contents.contains { !$0.examples.isEmpty } }) ?? successes.first else {
            return Verdict(operation: operation, issues: issues + ["the operation documents no 2XX response"], status: 500, body: Data())
        }
        let headers = response.headers.filter(\.isRequired).map { ($0.name, Self.exampleValue(of: $0)) }
        for content in response.contents {
            let example = content.examples.first.map { JSONValue($0.value) }
                ?? content.schema?.examples.first.map { JSONValue($0) }
                ?? content.schema.flatMap { schema in spec.root.descendant(atPointer: Self.pointer(of: schema)).map(minimalInstance) }
            if let example, let data = try? JSONBody.encode(example) {
                return Verdict(operation: operation, issues: issues, status: Int(response.status)!, contentType: content.mediaType, headers: headers, body: data)
            }
        }
        return Verdict(operation: operation, issues: issues, status: Int(response.status)!, headers: headers, body: Data())
    }

    /// A value for a required response header: its example, else one of its format.
    private static func exampleValue(of header: Parameter) -> String {
        if let example = header.schema?.examples.first?.scalarText { return example }
        switch header.schema?.format {
        case "uuid": return UUID().uuidString.lowercased()
        case "date-time": return "2024-08-01T18:44:05Z"
        default: return header.schema?.types?.contains(.integer) == true ? "1" : "example"
        }
    }

    /// The smallest instance of a schema the spec gives no example for: required members only, a value of
    /// each type and format.
    private func minimalInstance(of node: Node) -> JSONValue {
        if let reference = node["$ref"]?.string, reference.hasPrefix("#"),
           let target = spec.root.descendant(atPointer: String(reference.dropFirst()).removingPercentEncoding ?? "") {
            return minimalInstance(of: target)
        }
        if let example = node["example"] ?? node["examples"]?[0] { return JSONValue(example) }
        if let value = node["const"] ?? node["enum"]?[0] { return JSONValue(value) }
        if let first = node["oneOf"]?[0] ?? node["anyOf"]?[0] ?? node["allOf"]?[0] { return minimalInstance(of: first) }
        let type = node["type"]?.string ?? node["type"]?[0]?.string ?? (node["properties"] != nil ? "object" : "string")
        switch type {
        case "object":
            let required = node["required"]?.array?.compactMap(\.string) ?? []
            return .object(Dictionary(uniqueKeysWithValues: required.compactMap { name in
                node["properties"]?[name].map { (name, minimalInstance(of: $0)) }
            }))
        case "array": return .array(node["items"].map { [minimalInstance(of: $0)] } ?? [])
        case "integer", "number": return .number(JSONNumber(Int64(node["minimum"]?.number?.integerValue ?? 1)))
        case "boolean": return .bool(true)
        default:
            switch node["format"]?.string {
            case "uuid": return .string(UUID().uuidString.lowercased())
            case "date-time": return .string("2024-08-01T18:44:05Z")
            case "date": return .string("2024-08-01")
            default: return .string("example")
            }
        }
    }

    private static func pointer(of schema: Schema) -> String {
        String(schema.identity.split(separator: "#", maxSplits: 1).last ?? "")
    }
}
