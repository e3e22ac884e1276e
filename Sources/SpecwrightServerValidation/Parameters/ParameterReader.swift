import Foundation
import SpecwrightModel
import SpecwrightValidation

/// Reads one parameter from a request by its OpenAPI `style` and `explode`, into the JSON value its
/// schema validates: `nil` when the request does not carry it.
struct ParameterReader: Sendable {
    let name: String
    let location: Parameter.Location
    let style: String
    let explode: Bool
    let shape: ParameterShape
    /// A parameter described by `content` (its value is a JSON document, not styled text).
    let isJSONContent: Bool

    /// What a request offers to read parameters from, parsed once per request.
    struct Sources {
        var pathParameters: [String: String]
        var query: [(name: String, value: String)]
        var request: IncomingRequest
        var cookies: [(name: String, value: String)]
    }

    /// The value, or a message saying why the text cannot be read (malformed JSON content).
    func read(from sources: Sources) -> Result<JSONValue, ReadFailure>? {
        switch location {
        case .path:
            return sources.pathParameters[name].map { decode(single: $0) }
        case .header:
            let values = sources.request.headerValues(name)
            return values.isEmpty ? nil : decode(single: values.joined(separator: ","))
        case .cookie:
            return sources.cookies.last(where: { $0.name == name }).map { decode(single: $0.value) }
        case .query:
            return readQuery(sources.query)
        }
    }

    struct ReadFailure: Error, Sendable {
        var message: String
    }

    private func readQuery(_ pairs: [(name: String, value: String)]) -> Result<JSONValue, ReadFailure>? {
        if isJSONContent {
            return pairs.last(where: { $0.name == name }).map { decode(single: $0.value) }
        }
        if shape.isObject && style == "deepObject" {
            let prefix = name + "["
            let members = pairs.compactMap { pair -> (String, String)? in
                guard pair.name.hasPrefix(prefix), pair.name.hasSuffix("]") else { return nil }
                return (String(pair.name.dropFirst(prefix.count).dropLast()), pair.value)
            }
            return members.isEmpty ? nil : .success(ParameterText.object(members, shape: shape))
        }
        if shape.isObject && explode && style == "form" {
            // Each property is a query parameter of its own: `?role=admin&firstName=Alex`.
            let members = pairs.filter { shape.propertyTypes[$0.name] != nil }.map { ($0.name, $0.value) }
            return members.isEmpty ? nil : .success(ParameterText.object(members, shape: shape))
        }
        let values = pairs.filter { $0.name == name }.map(\.value)
        guard let last = values.last else { return nil }
        if shape.isArray {
            let elements: [String]
            switch style {
            case "spaceDelimited": elements = values.flatMap { $0.split(separator: " ", omittingEmptySubsequences: false).map(String.init) }
            case "pipeDelimited": elements = values.flatMap { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
            default: elements = explode ? values : values.flatMap(Self.commaSeparated)
            }
            return .success(ParameterText.array(elements, itemTypes: shape.itemTypes))
        }
        if shape.isObject {
            return .success(ParameterText.object(ParameterText.alternatingPairs(Self.commaSeparated(last)), shape: shape))
        }
        return .success(ParameterText.value(last, types: shape.types))
    }

    /// A value that arrives as one piece of text (path, header, cookie): `simple`, `label`, `matrix` or `form`.
    private func decode(single text: String) -> Result<JSONValue, ReadFailure> {
        if isJSONContent {
            do {
                return .success(try JSONValue(parsing: Data(text.utf8)))
            } catch {
                return .failure(ReadFailure(message: "the \(location.rawValue) parameter `\(name)` is not valid JSON: \(error)"))
            }
        }
        var body = Substring(text)
        var separator: Character = ","
        switch style {
        case "label":
            if body.hasPrefix(".") { body = body.dropFirst() }
            if explode { separator = "." }
        case "matrix":
            // `;id=5`, `;id=3,4,5`, exploded arrays `;id=3;id=4`, exploded objects `;role=admin;firstName=Alex`.
            if body.hasPrefix(";") { body = body.dropFirst() }
            if explode { separator = ";" }
            if !(explode && shape.isObject) {
                let parts = body.split(separator: ";", omittingEmptySubsequences: false).map { part -> Substring in
                    let prefix = name + "="
                    return part.hasPrefix(prefix) ? part.dropFirst(prefix.count) : (part == Substring(name) ? "" : part)
                }
                body = Substring(parts.joined(separator: explode ? ";" : ","))
            }
        default:
            break
        }
        let elements = body.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        if shape.isArray { return .success(ParameterText.array(body.isEmpty ? [] : elements, itemTypes: shape.itemTypes)) }
        if shape.isObject {
            let pairs = explode ? ParameterText.keyValuePairs(elements) : ParameterText.alternatingPairs(elements)
            return .success(ParameterText.object(pairs, shape: shape))
        }
        return .success(ParameterText.value(String(body), types: shape.types))
    }

    private static func commaSeparated(_ text: String) -> [String] {
        text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}
