import Foundation

/// The folder holding generator.yaml, which outputs named there must stay inside.
struct ProjectFolder {
    let path: String
    private let realPath: String

    init(_ directory: URL) {
        path = directory.standardizedFileURL.path
        realPath = Self.resolvingLinks(path)
    }

    /// Whether `candidate` is inside the folder, both as written and with the symbolic links of the part
    /// that exists resolved (a link inside the project may point anywhere).
    func contains(_ candidate: String) -> Bool {
        let written = URL(fileURLWithPath: candidate).standardizedFileURL.path
        return Self.isInside(written, path) && Self.isInside(Self.resolvingLinks(written), realPath)
    }

    private static func isInside(_ candidate: String, _ folder: String) -> Bool {
        candidate.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// Resolves the longest existing prefix of `path` and appends the rest as written.
    private static func resolvingLinks(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path)
        var rest: [String] = []
        while existing.path != "/" {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                return ([String(cString: resolved)] + rest.reversed()).joined(separator: "/")
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return path
    }
}
