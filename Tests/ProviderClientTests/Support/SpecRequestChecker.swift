import Foundation
import HTTPTypes
import SpecwrightClient
import SpecwrightModel
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightValidation

/// Checks an incoming request against the spec, as a strict server would: the operation its method and path
/// name, each parameter against its schema (path, query, header), no undeclared query parameter, and the
/// body against the schema of its media type. Answers with the spec's example of the first 2XX response.
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
    private var validators: [String: SpecSchemaValidator] = [:]
    private let lock = NSLock()

    init(specFile: URL) throws {
        spec = try Spec.load(fileAt: specFile.path)
        model = try ModelBuilder.build(spec)
        let serverPath = model.servers.first.flatMap { URL(string: $0.url.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: ""))?.path } ?? ""
        basePath = serverPath == "/" ? "" : serverPath
    }

    func check(method: HTTPRequest.Method, target: String, headers: HTTPFields, body: Data) -> Verdict {
        lock.withLock { checkLocked(method: method, target: target, headers: headers, body: body) }
    }

    private func checkLocked(method: HTTPRequest.Method, target: String, headers: HTTPFields, body: Data) -> Verdict {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(parts[0])
        guard path.hasPrefix(basePath) else { return reject("`\(path)` is outside the server path `\(basePath)`") }
        path.removeFirst(basePath.count)
        guard let (operation, pathValues) = match(method: method.rawValue, path: path) else {
            return reject("no operation for \(method.rawValue) \(path)")
        }
        var issues: [String] = []
        for (name, value) in pathValues {
            issues += check(values: [value], of: parameter(named: name, in: .path, of: operation), label: "path `\(name)`")
        }
        let query = parts.count > 1 ? Self.queryPairs(String(parts[1])) : []
        for (name, _) in query where !operation.parameters.contains(where: { $0.location == .query && $0.name == name }) {
            issues.append("undeclared query parameter `\(name)`")
        }
        for parameter in operation.parameters where parameter.location == .query {
            let values = query.filter { $0.name == parameter.name }.map(\.value)
            if values.isEmpty {
                if parameter.isRequired { issues.append("required query parameter `\(parameter.name)` is missing") }
                continue
            }
            let split = !parameter.explode && values.count == 1 ? values[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init) : values
            issues += check(values: split, of: parameter, label: "query `\(parameter.name)`")
        }
        // OpenAPI ignores header parameters named Accept, Content-Type and Authorization.
        let ignoredHeaders: Set<String> = ["accept", "content-type", "authorization"]
        for parameter in operation.parameters where parameter.location == .header && !ignoredHeaders.contains(parameter.name.lowercased()) {
            guard let value = HTTPField.Name(parameter.name).flatMap({ headers[$0] }) else {
                if parameter.isRequired { issues.append("required header `\(parameter.name)` is missing") }
                continue
            }
            issues += check(values: [value], of: parameter, label: "header `\(parameter.name)`")
        }
        issues += checkBody(body, contentType: headers[.contentType], of: operation)
        return answer(operation, issues: issues)
    }

    private func reject(_ issue: String) -> Verdict {
        Verdict(operation: nil, issues: [issue], status: 404, body: Data())
    }

    private func match(method: String, path: String) -> (SpecwrightModel.Operation, [(String, String)])? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for operation in model.operations where operation.method == method {
            let template = operation.path.split(separator: "/", omittingEmptySubsequences: false)
            guard template.count == segments.count else { continue }
            var values: [(String, String)] = []
            var matches = true
            for (expected, actual) in zip(template, segments) {
                if expected.hasPrefix("{"), expected.hasSuffix("}") {
                    guard let decoded = actual.removingPercentEncoding, !decoded.isEmpty else { matches = false; break }
                    values.append((String(expected.dropFirst().dropLast()), decoded))
                } else if expected != actual {
                    matches = false
                    break
                }
            }
            if matches { return (operation, values) }
        }
        return nil
    }

    private func parameter(named name: String, in location: Parameter.Location, of operation: SpecwrightModel.Operation) -> Parameter? {
        operation.parameters.first { $0.location == location && $0.name == name }
    }

    /// The values are valid when one reading of them is: text, a JSON literal (numbers, booleans), or an array
    /// of either.
    private func check(values: [String], of parameter: Parameter?, label: String) -> [String] {
        guard let parameter, let schema = parameter.schema else { return [] }
        let validator: SpecSchemaValidator
        do {
            validator = try self.validator(for: schema)
        } catch {
            return ["\(label): \(error)"]
        }
        var candidates: [JSONValue] = [.array(values.map { .string($0) }), .array(values.map(Self.literal))]
        if values.count == 1 { candidates = [.string(values[0]), Self.literal(values[0])] + candidates }
        if candidates.contains(where: validator.isValid) { return [] }
        return validator.validate(candidates[0]).map { "\(label) `\(values.joined(separator: ","))`: \($0)" }
    }

    private func checkBody(_ body: Data, contentType: String?, of operation: SpecwrightModel.Operation) -> [String] {
        guard let requestBody = operation.requestBody else {
            return body.isEmpty ? [] : ["a body was sent to an operation that takes none"]
        }
        if body.isEmpty { return requestBody.isRequired ? ["the required body is missing"] : [] }
        guard let contentType, let content = requestBody.contents.first(where: { MediaType.matches(contentType, range: $0.mediaType) }) else {
            return ["Content-Type `\(contentType ?? "none")` is not one the operation takes"]
        }
        guard let schema = content.schema else { return [] }
        do {
            let json = try JSONValue(parsing: body)
            return try validator(for: schema).validate(json).map { "body: \($0)" }
        } catch {
            return ["body: \(error)"]
        }
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

    private func validator(for schema: Schema) throws -> SpecSchemaValidator {
        let pointer = Self.pointer(of: schema)
        if let cached = validators[pointer] { return cached }
        let validator = try SpecSchemaValidator(spec: spec, schema: pointer)
        validators[pointer] = validator
        return validator
    }

    static func queryPairs(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]).removingPercentEncoding ?? String(parts[0]), parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : "")
        }
    }

    private static func literal(_ text: String) -> JSONValue {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = JSONNumber(text) { return .number(number) }
        return .string(text)
    }
}
