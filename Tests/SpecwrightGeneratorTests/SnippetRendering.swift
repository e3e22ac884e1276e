import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader

/// Renders the component schemas of a small spec (YAML, without the `openapi`/`info`/`paths` boilerplate)
/// and returns each top-level type's declaration without the file header and validators, keyed by type name.
func renderSnippet(_ components: String, openAPI: String = "3.1.0") throws -> [String: String] {
    try renderSnippetFiles(components, openAPI: openAPI).mapValues { splitValidators($0).declarations }
}

/// The validators of each top-level type's file (the `extension SchemaValidators` and the `Validatable`
/// conformances), keyed by type name; `SchemaValidators` holds the namespace's own file.
func renderValidatorSnippet(_ components: String, openAPI: String = "3.1.0") throws -> [String: String] {
    try renderSnippetFiles(components, openAPI: openAPI).mapValues { splitValidators($0).validators }
}

private func splitValidators(_ body: String) -> (declarations: String, validators: String) {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("extension SchemaValidators") || ($0.hasPrefix("extension ") && $0.hasSuffix(": Validatable {")) })
    else { return (body, "") }
    var declarations = Array(lines[..<start])
    while declarations.last?.isEmpty == true { declarations.removeLast() }
    var validators = Array(lines[start...])
    while validators.last?.isEmpty == true { validators.removeLast() }
    return (declarations.joined(separator: "\n") + "\n", validators.joined(separator: "\n"))
}

private func renderSnippetFiles(_ components: String, openAPI: String) throws -> [String: String] {
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
    for name in model.types.map(\.name) + ["SchemaValidators"] {
        guard let file = filesByPath[name + ".swift"] else { continue }
        // Drop the header comment and imports: the snippets are about the declarations.
        let body = file.contents.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0.hasPrefix("// ") || $0.hasPrefix("import ") || $0.isEmpty }
        sources[name] = body.joined(separator: "\n")
    }
    return sources
}
