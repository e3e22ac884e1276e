import Foundation
import SpecwrightModel

/// A file to write, relative to the output folder.
public struct GeneratedFile: Hashable, Sendable {
    public var path: String
    public var contents: String
}

/// Renders the model's types to Swift source: one file per top-level type, named after it.
public struct SwiftRenderer: Sendable {
    let templates: TemplateSet

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// - Parameter specLabel: how the header names the spec (a path relative to the project, not an absolute one,
    ///   so that output is the same on every machine).
    public func render(_ model: APIModel, specLabel: String) throws -> [GeneratedFile] {
        var usedFileNames: Set<String> = []
        let header: [String: Any] = ["specFile": specLabel, "apiTitle": model.title, "apiVersion": model.version]
        let index = GeneratedFile(
            path: fileName(for: "ComponentSchemas", used: &usedFileNames),
            contents: Self.tidy(try templates.render(header.merging([
                "schemas": model.componentTypeNames.map { ["name": DeclarationContext.escaped($0.key), "typeName": $0.value] },
                "hasSchemas": !model.componentTypeNames.isEmpty,
            ]) { $1 }, template: "component-schemas"))
        )
        return [index] + (try model.types.map { declaration in
            let context: [String: Any] = [
                "specFile": specLabel,
                "apiTitle": model.title,
                "apiVersion": model.version,
                "declarations": [try declarationContext(declaration)],
            ]
            let source = try templates.render(context, template: "file")
            return GeneratedFile(path: fileName(for: declaration.name, used: &usedFileNames), contents: Self.tidy(source))
        })
    }

    /// Renders nested types first (bottom-up) and indents them here: Mustache's partial indentation does not
    /// reach lines produced inside sections, so templates receive nested types as finished text.
    private func declarationContext(_ declaration: TypeDeclaration) throws -> [String: Any] {
        let nestedSources = try declaration.nestedTypes.map { nested in
            let source = try templates.render(try declarationContext(nested), template: "declaration")
            return Self.tidy(source).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "    " + $0 }
                .joined(separator: "\n")
                .trimmingTrailingWhitespace()
        }
        return DeclarationContext.make(declaration, nestedSources: nestedSources)
    }

    /// Names differing only in case (`FooBar`, `Foobar`) would overwrite each other on a case-insensitive disk.
    private func fileName(for typeName: String, used: inout Set<String>) -> String {
        var name = typeName
        var counter = 2
        while !used.insert(name.lowercased()).inserted {
            name = "\(typeName)_\(counter)"
            counter += 1
        }
        return name + ".swift"
    }

    /// Trailing spaces and runs of blank lines are template artefacts, not intent.
    static func tidy(_ source: String) -> String {
        var lines: [Substring] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty, lines.last?.isEmpty == true { continue }
            // No blank line right after an opening brace or right before a closing one.
            if trimmed.isEmpty, lines.last?.hasSuffix("{") == true { continue }
            if trimmed.trimmingCharacters(in: .whitespaces) == "}", lines.last?.isEmpty == true { lines.removeLast() }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
