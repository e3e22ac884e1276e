import Foundation
import SpecwrightJSONSchema
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightValidation

/// Compiles the schemas of a spec's operations (parameters, request bodies) into dynamic validators, in
/// the spec's dialect with formats asserted. Each spec document is turned into JSON once, however many
/// schemas reference it.
struct OperationSchemas {
    private let documents: [String: JSONValue]
    private let dialect: JSONSchemaDialect
    private let assertFormats: Bool

    init(spec: Spec, assertFormats: Bool) {
        documents = spec.documents.mapValues(JSONValue.init)
        dialect = spec.openAPIVersion.hasPrefix("3.0") ? .openAPI3_0 : .draft2020_12
        self.assertFormats = assertFormats
    }

    /// The validator of the schema node `schema`, wherever in the spec's files it is.
    func validator(for schema: Node) throws -> JSONSchemaValidator {
        let documents = documents
        let target = URL(fileURLWithPath: schema.location.file).absoluteString + "#" + Self.percentEncoded(schema.pointer)
        do {
            return try JSONSchemaValidator(schema: .object(["$ref": .string(target)]), options: .init(
                dialect: dialect, assertFormats: assertFormats, baseURI: "urn:specwright:request",
                resolver: { url in url.isFileURL ? documents[url.standardizedFileURL.path] : nil }
            ))
        } catch let error as JSONSchemaError {
            throw SpecError("the schema cannot be compiled: \(error)", at: schema.location)
        }
    }

    /// A JSON pointer inside a URI fragment: characters outside the fragment set are percent-encoded.
    private static func percentEncoded(_ pointer: String) -> String {
        var allowed = CharacterSet.urlFragmentAllowed
        allowed.remove(charactersIn: "%")
        return pointer.addingPercentEncoding(withAllowedCharacters: allowed) ?? pointer
    }
}
