import ArgumentParser
import Foundation
import Yams

/// Opens a YAML configuration file, with an error that says why it could not be read.
enum ConfigurationFile {
    /// The document's root node (`nil` for an empty file) and a reader that locates errors in it.
    static func read(_ path: String) throws -> (root: Yams.Node?, reader: ConfigurationReader, text: String) {
        let url = URL(fileURLWithPath: path)
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
            return (try Yams.compose(yaml: text), ConfigurationReader(file: path), text)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
    }
}
