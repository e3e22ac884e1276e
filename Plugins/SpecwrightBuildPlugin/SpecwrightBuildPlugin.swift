import Foundation
import PackagePlugin

/// Generates a target's Swift at build time from the `openapi.yaml` (or `.yml`, `.json`) in its folder and
/// the optional `specwright.yaml` beside it, into a fixed set of files: Types.swift, Validators.swift and
/// Client.swift (SwiftPM needs a build tool's outputs named before it runs).
@main
struct SpecwrightBuildPlugin: BuildToolPlugin {
    static let specNames = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let settingsName = "specwright.yaml"
    static let outputNames = ["Types.swift", "Validators.swift", "Client.swift"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard target is SourceModuleTarget else { return [] }
        let folder = target.directoryURL
        let specs = Self.specNames.map { folder.appending(path: $0) }.filter { FileManager.default.fileExists(atPath: $0.path) }
        guard let spec = specs.first, specs.count == 1 else {
            throw PluginFailure(specs.isEmpty
                ? "target \(target.name) has no spec: put openapi.yaml (or openapi.yml, openapi.json) in \(folder.path)"
                : "target \(target.name) has several specs (\(specs.map(\.lastPathComponent).joined(separator: ", "))); keep one")
        }
        let settings = folder.appending(path: Self.settingsName)
        let output = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources")
        var arguments = [
            "generate", "--spec", spec.path, "--output", output.path, "--module", target.name, "--layout", "bundled",
        ]
        if FileManager.default.fileExists(atPath: settings.path) { arguments += ["--settings", settings.path] }
        return [
            .buildCommand(
                displayName: "Specwright: generating \(target.name) from \(spec.lastPathComponent)",
                executable: try context.tool(named: "GeneratorCLI").url,
                arguments: arguments,
                // Files a spec's $refs name usually sit beside it: any change to them regenerates.
                inputFiles: Self.specificationFiles(in: folder),
                outputFiles: Self.outputNames.map { output.appending(path: $0) }
            ),
        ]
    }

    /// The YAML and JSON files of the target's folder and its subfolders.
    private static func specificationFiles(in folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? [])
            .filter { ["yaml", "yml", "json"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
