import ArgumentParser
import Foundation

/// A spec as it was at a git revision, written to a temporary folder so that the reader can follow its `$ref`s
/// to other files: the revision's tree of the spec's folder (or, when its `$ref`s leave that folder, of the
/// whole repository), taken with `git archive`.
struct RevisionCheckout {
    /// Where the spec's root file is in the temporary copy.
    let specPath: String
    /// The temporary folder standing for the repository's top.
    let root: URL
    /// The repository's top in the working tree: paths under `root` are shown as if they were here.
    let repositoryTop: String
    /// The spec's folder, relative to the repository's top (`specs`).
    let rev: String
    private let folder: String

    /// Copies the folder holding `path` (relative to the current directory) at `rev`.
    init(rev: String, path: String) throws {
        self.rev = rev
        repositoryTop = try Git.run(["rev-parse", "--show-toplevel"], what: "git:\(rev):\(path)")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = try Git.run(["rev-parse", "--show-prefix"], what: "git:\(rev):\(path)")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let repositoryPath = Self.normalized(prefix + path)
        _ = try Git.run(["cat-file", "-e", "\(rev):\(repositoryPath)"], what: "git:\(rev):\(path)",
                        failure: "no file \(repositoryPath) at \(rev)")
        folder = (repositoryPath as NSString).deletingLastPathComponent
        root = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-diff-\(UUID().uuidString)")
        specPath = root.appendingPathComponent(repositoryPath).path
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try extract(folder.isEmpty ? nil : folder)
    }

    /// Copies the whole repository tree at the revision, for specs whose `$ref`s leave their folder.
    func extractRepository() throws {
        try extract(nil)
    }

    /// A path inside the copy, as the same file's path in the working tree (what reports show).
    func workingTreePath(_ path: String) -> String {
        let prefix = root.path + "/"
        guard path.hasPrefix(prefix) else { return path }
        return repositoryTop + "/" + path.dropFirst(prefix.count)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    private func extract(_ folder: String?) throws {
        let archive = root.appendingPathComponent(".archive.tar")
        var arguments = ["-C", repositoryTop, "archive", "--format=tar", "-o", archive.path, rev]
        if let folder { arguments += ["--", folder] }
        _ = try Git.run(arguments, what: "git:\(rev)", failure: "cannot archive \(folder ?? "the repository") at \(rev)")
        defer { try? FileManager.default.removeItem(at: archive) }
        try Git.runTool("/usr/bin/env", ["tar", "-x", "-f", archive.path, "-C", root.path], what: "git:\(rev)")
    }

    /// `a/./b/../c.yaml` → `a/c.yaml`.
    static func normalized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}

/// Runs git (or tar) and turns a failure into a usage error naming the argument.
enum Git {
    @discardableResult
    static func run(_ arguments: [String], what: String, failure: String? = nil) throws -> String {
        try runTool("/usr/bin/env", ["git"] + arguments, what: what, failure: failure)
    }

    @discardableResult
    static func runTool(_ executable: String, _ arguments: [String], what: String, failure: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        do {
            try process.run()
        } catch {
            throw SpecSourceError("\(what): cannot run \(arguments.first ?? executable): \(error.localizedDescription)")
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw SpecSourceError("\(what): \(failure ?? "\(arguments.first ?? executable) failed")\(detail.isEmpty ? "" : " (\(detail))")")
        }
        return String(decoding: outputData, as: UTF8.self)
    }
}

/// A side of the diff that cannot be read at all (exit status 2).
struct SpecSourceError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = "error: " + message }

    /// A message that already says where and what (`file:line:column: error: …`).
    init(located description: String) { self.description = description }
}
