import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader

/// Renders the component schemas of a small spec (YAML, without the `openapi`/`info`/`paths` boilerplate)
/// and returns each top-level type's source without the file header, keyed by type name.
func renderSnippet(_ components: String, openAPI: String = "3.1.0") throws -> [String: String] {
    let text = """
    openapi: \(openAPI)
    info: {title: Snippet, version: "1"}
    paths: {}
    components:
      schemas:
    \(components.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
    """
    let spec = try Spec.load(text: text, path: "/snippets/spec.yaml")
    let model = try ModelBuilder.build(spec)
    let files = try SwiftRenderer(templates: try TemplateSet()).render(model, specLabel: "spec.yaml")
    var sources: [String: String] = [:]
    let filesByPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
    for declaration in model.types {
        guard let file = filesByPath[declaration.name + ".swift"] else { continue }
        // Drop the header comment and imports: the snippets are about the declarations.
        let body = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0.hasPrefix("// ") || $0.hasPrefix("import ") || $0.isEmpty }
        sources[declaration.name] = body.joined(separator: "\n")
    }
    return sources
}
