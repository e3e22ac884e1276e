import Foundation
import Mustache

/// The Mustache templates code is rendered through: the defaults (the repository's `Templates/`, compiled
/// into the generator as `DefaultTemplates`), with any template of the same name in a user's folder taking
/// precedence.
public struct TemplateSet: Sendable {
    /// Names every template set must provide (a user's folder may override any subset).
    static let requiredNames = [
        "file", "component-schemas", "declaration", "doc-comment", "struct", "enum", "union", "typealias",
        "validation", "validation-namespace", "state-machine", "bundle-header",
        "operation", "client", "client-authentication", "client-pagination", "client-commands", "webhook",
    ]

    let library: MustacheLibrary

    /// Loads the default templates, then the `.mustache` files of `overrides` over them.
    public init(overrides: URL? = nil) throws {
        var library = MustacheLibrary()
        var loaded: Set<String> = []
        func register(_ text: String, named name: String, origin: String) throws {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw GeneratorError("\(origin): invalid Mustache template: \(error)")
            }
            loaded.insert(name)
        }
        for (name, text) in DefaultTemplates.texts.sorted(by: { $0.key < $1.key }) {
            try register(text, named: name, origin: "default template \(name)")
        }
        if let overrides {
            for (name, url) in try Self.templateFiles(in: overrides) {
                let text: String
                do {
                    text = try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw GeneratorError("\(url.path): cannot read the template (not a readable UTF-8 text file)")
                }
                try register(text, named: name, origin: url.path)
            }
        }
        let missing = Self.requiredNames.filter { !loaded.contains($0) }
        guard missing.isEmpty else {
            throw GeneratorError("default templates missing: \(missing.joined(separator: ", ")) (run scripts/embed-templates.py)")
        }
        self.library = library
    }

    private static func templateFiles(in directory: URL) throws -> [(String, URL)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GeneratorError("template folder \(directory.path) does not exist")
        }
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .filter { $0.hasSuffix(".mustache") }
            .map { (String($0.dropLast(".mustache".count)), directory.appendingPathComponent($0)) }
    }

    func render(_ context: [String: Any], template: String) throws -> String {
        guard let output = library.render(context, withTemplate: template) else {
            throw GeneratorError("no template named `\(template)`")
        }
        return output
    }
}

/// A failure of the generator itself (templates, output folder), as opposed to a problem in the spec.
public struct GeneratorError: LocalizedError, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }

    /// The message itself: without it Foundation would describe the error as "GeneratorError error 1".
    public var errorDescription: String? { description }
}

/// Strings, nearly every value the templates print, render as themselves: without this Mustache prints a value
/// through `String(describing:)` after three failed casts (an optional? a lambda?), most of the cost of a
/// `{{name}}` (what it prints is the same either way, escaped as before for the template's content type).
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
