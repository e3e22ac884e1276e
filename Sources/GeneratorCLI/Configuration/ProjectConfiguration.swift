import ArgumentParser
import Foundation
import SpecwrightGenerator
import SpecwrightLint
import Yams

/// `generator.yaml`: the providers a project generates code for. Every key is checked: an unknown one is an
/// error naming it, the file and the line.
///
/// ```yaml
/// templates: Templates          # optional: a folder whose templates override the defaults
/// allowRefsOutside: [../schemas] # optional: folders besides the project's that $refs may read
/// providers:
///   - name: Tradevest
///     spec: specs/tradevest.json
///     output: Generated/Tradevest # optional, default Generated/<name>
///     module: Tradevest           # optional, default <name>
///     accessModifier: public      # optional, and the other keys of GenerationSettings
/// lint:                           # optional: see LintConfiguration
///   rules: {format-known: off}
/// diff:                           # optional: see DiffConfiguration
///   ignore: [{check: enum-value-added}]
/// ```
struct ProjectConfiguration {
    struct Provider {
        var name: String
        var spec: String
        var output: String?
        var module: String?
        var options: GenerationOptions
    }

    static let keys = ["templates", "allowRefsOutside", "providers", "lint", "diff"]
    static let providerKeys = ["name", "spec", "output", "module"] + GenerationSettings.keys

    var templates: String?
    /// Folders (relative to the project folder) that `$ref`s may read besides the project folder itself.
    var allowRefsOutside: [String]?
    var providers: [Provider]
    /// The `lint:` section, read with positions (`LintConfiguration`).
    var lint = LintSettings()

    /// Paths in the file are relative to the folder that holds it.
    static func load(from url: URL) throws -> (configuration: ProjectConfiguration, directory: URL) {
        let (root, reader, text) = try ConfigurationFile.read(url.path)
        guard let root else { throw ValidationError("\(url.path): the configuration is empty; it needs `providers`") }
        var configuration = ProjectConfiguration(providers: [])
        var sawProviders = false
        for (key, value) in try reader.mapping(root, "the configuration", known: keys) {
            switch key {
            case "templates": configuration.templates = try reader.string(value, "a folder")
            case "allowRefsOutside": configuration.allowRefsOutside = try reader.strings(value, "`allowRefsOutside`")
            case "providers":
                sawProviders = true
                configuration.providers = try reader.sequence(value, "`providers`").map { try provider($0, reader: reader) }
            default: continue
            }
        }
        guard sawProviders else { throw reader.error(at: root, "missing `providers` (the list of specs to generate code for)") }
        configuration.lint = try LintConfiguration.settings(
            fromConfiguration: text, file: url.path, directory: url.deletingLastPathComponent())
        return (configuration, url.deletingLastPathComponent())
    }

    private static func provider(_ node: Yams.Node, reader: ConfigurationReader) throws -> Provider {
        let members = try reader.mapping(node, "a provider", known: providerKeys)
        func value(_ key: String) throws -> String? {
            try members.first { $0.key == key }.map { try reader.string($0.value, "`\(key)`") }
        }
        guard let name = try value("name") else { throw reader.error(at: node, "a provider needs a `name`") }
        guard let spec = try value("spec") else { throw reader.error(at: node, "provider \(name) needs a `spec`") }
        return Provider(
            name: name, spec: spec, output: try value("output"), module: try value("module"),
            options: try GenerationSettings.options(from: members, node: node, reader: reader, context: "provider \(name)")
        )
    }
}
