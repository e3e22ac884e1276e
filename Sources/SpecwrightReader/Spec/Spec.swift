import Foundation

/// An OpenAPI document and every file it references, read once and immutable afterwards (so it is shared
/// between threads without locks).
///
/// ```swift
/// let spec = try Spec.load(fileAt: "specs/tradevest.json")
/// let pet = try spec.dereference(spec.root["components"]!["schemas"]!["Pet"]!)
/// ```
public struct Spec: Sendable {
    /// The root document.
    public let root: Node
    /// The absolute path of the root document.
    public let rootFile: String
    /// The `openapi` field, e.g. `3.1.0`.
    public let openAPIVersion: String
    /// Warnings about what was assumed while reading, in reading order.
    public let diagnostics: [Diagnostic]
    /// Every document read, the root included, by absolute path.
    public let documents: [String: Node]

    /// Nodes with an `$id`, by the `$id` as written.
    let identifiedNodes: [String: Node]
    /// Nodes with an `$anchor` (or `$dynamicAnchor`), by file and anchor name.
    let anchoredNodes: [String: [String: Node]]
    /// Why referenced files that were allowed to fail (those named only inside `x-` extensions) could not be read.
    let unreadableFiles: [String: String]

    /// Reads the YAML or JSON document at `path` and every file its `$ref`s name, checking that every `$ref` resolves.
    public static func load(fileAt path: String) throws -> Spec {
        var loader = SpecLoader()
        let rootFile = SpecLoader.absolutePath(path)
        let root = try loader.readDocument(at: rootFile)
        return try loader.finish(root: root, rootFile: rootFile)
    }

    /// Reads a spec held in memory as if it were the file at `path` (relative `$ref`s are resolved from there).
    public static func load(text: String, path: String = "spec.yaml") throws -> Spec {
        var loader = SpecLoader()
        let rootFile = SpecLoader.absolutePath(path)
        let root = try loader.parseDocument(Data(text.utf8), file: rootFile)
        return try loader.finish(root: root, rootFile: rootFile)
    }

    init(root: Node, rootFile: String, openAPIVersion: String, diagnostics: [Diagnostic], documents: [String: Node],
         identifiedNodes: [String: Node], anchoredNodes: [String: [String: Node]], unreadableFiles: [String: String]) {
        self.root = root
        self.rootFile = rootFile
        self.openAPIVersion = openAPIVersion
        self.diagnostics = diagnostics
        self.documents = documents
        self.identifiedNodes = identifiedNodes
        self.anchoredNodes = anchoredNodes
        self.unreadableFiles = unreadableFiles
    }

    /// The version from `openapi`; Swagger 2.0 and other major versions are refused with a clear error.
    static func openAPIVersion(of root: Node, diagnostics: inout [Diagnostic]) throws -> String {
        guard root.object != nil else {
            throw root.error("expected an OpenAPI document (an object with an 'openapi' key) at the top level, "
                             + "found \(root.typeName == "array" ? "an array" : "a \(root.typeName)")")
        }
        if let swagger = root["swagger"] {
            throw SpecError("Swagger \(swagger.scalarText ?? "2.0") is not supported: Specwright reads OpenAPI 3.0, 3.1 "
                            + "and 3.2 (convert the spec first, e.g. with swagger2openapi)",
                            at: root.keyLocation(of: "swagger"))
        }
        guard let field = root["openapi"] else {
            throw root.error("not an OpenAPI document: the top-level key 'openapi' is missing")
        }
        let version: String
        switch field.value {
        case .string(let string):
            version = string
        case .number(let number):
            version = number.literal
            diagnostics.append(field.warning("'openapi' should be a string; read \(number.literal) as \"\(number.literal)\"", rule: .openAPIVersionString))
        default:
            throw field.error("expected the OpenAPI version as a string, e.g. \"3.1.0\", found \(field.typeName)")
        }
        let components = version.split(separator: ".", omittingEmptySubsequences: false)
        guard components.count >= 2, components[0] == "3", ["0", "1", "2"].contains(components[1]) else {
            throw field.error("unsupported OpenAPI version '\(version)': Specwright reads 3.0.x, 3.1.x and 3.2.x")
        }
        return version
    }
}
