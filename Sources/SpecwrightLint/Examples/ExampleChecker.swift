import Foundation
import SpecwrightJSONSchema
import SpecwrightModel
import SpecwrightReader
import SpecwrightSpecValidation
import SpecwrightValidation

/// One value the spec gives as an example or default, and the schema it must satisfy.
struct ExampleCase {
    enum Kind {
        /// A schema's `example` or `examples` entry.
        case schemaExample
        /// A schema's `default`.
        case schemaDefault
        /// A media type's, parameter's or header's `example` or `examples.*.value`.
        case mediaExample
    }

    var kind: Kind
    var value: Node
    /// The identity (`file#pointer`) of the schema the value must satisfy.
    var schemaIdentity: String
    /// What the value is, for messages: `example`, `default`, `example 'created'`.
    var label: String
}

/// The failures of the example checks, by the value's node identity.
struct ExampleResults {
    var cases: [ExampleCase] = []
    /// The first few issues of each failing case, by index into `cases`.
    var failures: [Int: [ValidationIssue]] = [:]
    /// Set when the schemas could not be compiled at all (the message says why).
    var compilationError: String?
}

/// Validates every example and default of a spec against its schema in one compilation and one validation:
/// the document becomes the root schema, with one property per case that `$ref`s the case's schema, and the
/// instance is an object holding every value. Formats are asserted (an IBAN, a date, a country must be real).
enum ExampleChecker {
    static func check(_ context: LintContext) -> ExampleResults {
        var results = ExampleResults()
        results.cases = cases(in: context)
        guard !results.cases.isEmpty, case .object(var document) = JSONValue(context.spec.root) else { return results }

        let rootFile = context.spec.rootFile
        var properties: [String: JSONValue] = [:]
        var instance: [String: JSONValue] = [:]
        for (index, example) in results.cases.enumerated() {
            properties[String(index)] = .object(["$ref": .string(reference(to: example.schemaIdentity, from: rootFile))])
            instance[String(index)] = JSONValue(example.value)
        }
        document["properties"] = .object(properties)
        document.removeValue(forKey: "$schema")
        document.removeValue(forKey: "$id")
        let documents = context.spec.documents
        do {
            let validator = try JSONSchemaValidator(schema: .object(document), options: .init(
                dialect: context.spec.openAPIVersion.hasPrefix("3.0") ? .openAPI3_0 : .draft2020_12,
                assertFormats: true,
                baseURI: URL(fileURLWithPath: rootFile).absoluteString,
                resolver: { url in
                    guard url.isFileURL, let node = documents[url.standardizedFileURL.path] else { return nil }
                    return JSONValue(node)
                }
            ))
            for issue in validator.validate(.object(instance)) {
                guard let (index, rest) = split(issue.instanceLocation) else { continue }
                var adjusted = issue
                adjusted.instanceLocation = rest
                if results.failures[index, default: []].count < 3 { results.failures[index, default: []].append(adjusted) }
            }
        } catch {
            results.compilationError = "\(error)"
        }
        return results
    }

    private static func cases(in context: LintContext) -> [ExampleCase] {
        var cases: [ExampleCase] = []
        // Reads the few fields it needs in place: copying every schema would cost more than the checks.
        let schemas = context.schemas
        for index in schemas.indices where !schemas[index].examples.isEmpty || schemas[index].defaultValue != nil {
            guard schemas[index].reference == nil || context.model.dialect == .openAPI31 else { continue }
            let identity = schemas[index].identity
            let examples = schemas[index].examples
            for (position, example) in examples.enumerated() {
                cases.append(ExampleCase(kind: .schemaExample, value: example, schemaIdentity: identity,
                                         label: examples.count > 1 ? "example \(position + 1)" : "example"))
            }
            if let value = schemas[index].defaultValue {
                cases.append(ExampleCase(kind: .schemaDefault, value: value, schemaIdentity: identity, label: "default"))
            }
        }
        for holder in context.exampleHolders {
            guard let schema = holder["schema"] else { continue }
            if let example = holder["example"] {
                cases.append(ExampleCase(kind: .mediaExample, value: example, schemaIdentity: schema.identity, label: "example"))
            }
            for (name, entry) in holder["examples"]?.object ?? [:] {
                guard let resolved = try? context.spec.dereference(entry), let value = resolved["value"] else { continue }
                cases.append(ExampleCase(kind: .mediaExample, value: value, schemaIdentity: schema.identity, label: "example '\(name)'"))
            }
        }
        return cases
    }

    private static func reference(to identity: String, from rootFile: String) -> String {
        let parts = NodeIdentity.split(identity)
        let (file, pointer) = (String(parts.file), String(parts.pointer))
        var allowed = CharacterSet.urlFragmentAllowed
        allowed.remove(charactersIn: "%")
        let fragment = "#" + (pointer.addingPercentEncoding(withAllowedCharacters: allowed) ?? pointer)
        return file == rootFile ? fragment : URL(fileURLWithPath: file).absoluteString + fragment
    }

    /// `/12/address/country` → (12, `/address/country`).
    private static func split(_ instanceLocation: String) -> (Int, String)? {
        let trimmed = instanceLocation.dropFirst()
        let end = trimmed.firstIndex(of: "/") ?? trimmed.endIndex
        guard let index = Int(trimmed[..<end]) else { return nil }
        return (index, String(trimmed[end...]))
    }
}
