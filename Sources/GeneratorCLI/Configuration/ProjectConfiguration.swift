import ArgumentParser
import Foundation
import SpecwrightLint
import Yams

/// `generator.yaml`: the providers a project generates code for.
///
/// ```yaml
/// templates: Templates          # optional: a folder whose templates override the defaults
/// allowRefsOutside: [../schemas] # optional: folders besides the project's that $refs may read
/// providers:
///   - name: Tradevest
///     spec: specs/tradevest.json
///     output: Generated/Tradevest # optional, default Generated/<name>
///     module: Tradevest           # optional, default <name>
/// lint:                           # optional: see LintConfiguration
///   rules: {format-known: off}
/// ```
struct ProjectConfiguration: Decodable {
    struct Provider: Decodable {
        var name: String
        var spec: String
        var output: String?
        var module: String?
    }

    var templates: String?
    /// Folders (relative to the project folder) that `$ref`s may read besides the project folder itself.
    var allowRefsOutside: [String]?
    var providers: [Provider]
    /// The `lint:` section, read with positions (`LintConfiguration`).
    var lint = LintSettings()

    enum CodingKeys: String, CodingKey {
        case templates, allowRefsOutside, providers
    }

    /// Paths in the file are relative to the folder that holds it.
    static func load(from url: URL) throws -> (configuration: ProjectConfiguration, directory: URL) {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            var isDirectory: ObjCBool = false
            let reason = !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                ? "no such file (run in the project folder, or pass --config)"
                : isDirectory.boolValue ? "it is a folder, not a configuration file" : "not a readable UTF-8 text file"
            throw ValidationError("cannot read \(url.path): \(reason)")
        }
        do {
            var configuration = try YAMLDecoder().decode(ProjectConfiguration.self, from: text)
            configuration.lint = try LintConfiguration.settings(
                fromConfiguration: text, file: url.path, directory: url.deletingLastPathComponent())
            return (configuration, url.deletingLastPathComponent())
        } catch let error as ValidationError {
            throw error
        } catch let error as DecodingError {
            throw ValidationError("\(url.path): \(describe(error))")
        } catch {
            throw ValidationError("\(url.path): \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing `\(key.stringValue)` at \(path(context).isEmpty ? "top level" : path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

