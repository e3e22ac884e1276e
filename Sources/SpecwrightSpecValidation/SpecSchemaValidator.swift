import Foundation
import SpecwrightJSONSchema
import SpecwrightReader
import SpecwrightValidation

/// Validates JSON against one schema of an OpenAPI document: a component schema by name, or any schema
/// by JSON pointer (`/paths/~1customers/post/requestBody/content/application~1json/schema`).
///
/// The schema is read in the document's own dialect (OpenAPI 3.1: JSON Schema 2020-12; OpenAPI 3.0: draft 4
/// with `nullable`), `$ref`s resolve within the document and into the other files it references, and formats
/// are asserted by default (`iban`, `bic`, `country`, `date-time`, ...), because that is what a service that
/// checks payloads needs.
public struct SpecSchemaValidator: Sendable {
    private let validator: JSONSchemaValidator
    /// The pointer of the schema within the root document.
    public let schemaPointer: String

    public init(spec: Spec, schema nameOrPointer: String, assertFormats: Bool = true) throws {
        let pointer = nameOrPointer.hasPrefix("/") || nameOrPointer.isEmpty
            ? nameOrPointer
            : "/components/schemas/" + JSONPointer.escape(nameOrPointer)
        guard spec.root.descendant(atPointer: pointer) != nil else {
            let names = spec.root["components"]?["schemas"]?.object?.keys.joined(separator: ", ") ?? "none"
            throw SpecError("no schema at `\(pointer)` in the spec (component schemas: \(names))", at: nil)
        }
        let baseURI = URL(fileURLWithPath: spec.rootFile).absoluteString
        // The whole document is the root resource so that `#/components/...` references resolve; the `$ref`
        // added at its root selects the schema. Other keys of the document are not keywords and do nothing.
        guard case .object(var document) = JSONValue(spec.root) else {
            throw SpecError("the spec's root is not an object", at: spec.root.location)
        }
        document["$ref"] = .string("#" + Self.percentEncoded(pointer))
        let documents = spec.documents
        validator = try JSONSchemaValidator(schema: .object(document), options: .init(
            dialect: spec.openAPIVersion.hasPrefix("3.0") ? .openAPI3_0 : .draft2020_12,
            assertFormats: assertFormats,
            baseURI: baseURI,
            resolver: { url in
                guard url.isFileURL, let node = documents[url.standardizedFileURL.path] else { return nil }
                return JSONValue(node)
            }
        ))
        schemaPointer = pointer
    }

    /// Every issue with `instance`; empty when it is valid.
    public func validate(_ instance: JSONValue) -> [ValidationIssue] {
        validator.validate(instance)
    }

    public func isValid(_ instance: JSONValue) -> Bool {
        validator.isValid(instance)
    }

    /// A JSON pointer inside a URI fragment: characters outside the fragment set are percent-encoded.
    private static func percentEncoded(_ pointer: String) -> String {
        var allowed = CharacterSet.urlFragmentAllowed
        allowed.remove(charactersIn: "%")
        return pointer.addingPercentEncoding(withAllowedCharacters: allowed) ?? pointer
    }
}

extension JSONValue {
    /// The JSON value of a spec node (positions are dropped; numbers keep their exact value).
    public init(_ node: Node) {
        switch node.value {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .number(let number):
            // The literal keeps big integers and decimals exact; `.inf` and `.nan` (YAML) have only a Double.
            self = .number(JSONNumber(number.literal) ?? JSONNumber(number.doubleValue))
        case .string(let value): self = .string(value)
        case .array(let elements): self = .array(elements.map(JSONValue.init))
        case .object(let members):
            var object: [String: JSONValue] = [:]
            object.reserveCapacity(members.count)
            for (key, value) in members { object[key] = JSONValue(value) }
            self = .object(object)
        }
    }
}
