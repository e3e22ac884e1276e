import Foundation

/// The folders whose files `$ref`s may read: by default only the root spec's folder, so that a spec cannot
/// copy `/etc/passwd` or `~/.ssh/config` into generated code by naming it.
///
/// A file is inside a folder when its path is, both as written (`a/../../b` is outside) and with symbolic
/// links resolved (a link inside the folder that points elsewhere is outside).
public struct ReferenceScope: Sendable, Hashable {
    /// Absolute, standardized folder paths, as given.
    public let folders: [String]
    /// The same folders with symbolic links resolved (the path as given when it does not exist).
    private let realFolders: [String]

    public init(folders: [String]) {
        self.folders = folders.map(SpecLoader.absolutePath)
        realFolders = self.folders.map { Self.realPath($0) ?? $0 }
    }

    /// Only the folder holding `rootFile`.
    public static func folder(of rootFile: String) -> ReferenceScope {
        ReferenceScope(folders: [URL(fileURLWithPath: SpecLoader.absolutePath(rootFile)).deletingLastPathComponent().path])
    }

    /// Why `path` (absolute, standardized) may not be read, or `nil` when it may.
    func refusal(of path: String) -> String? {
        let resolved = Self.realPath(path)
        let isAllowed = zip(folders, realFolders).contains { folder, realFolder in
            Self.isInside(path, folder) && (resolved.map { Self.isInside($0, realFolder) } ?? true)
        }
        if isAllowed { return nil }
        let shown = folders.count == 1 ? "the allowed folder \(folders[0])" : "the allowed folders " + folders.joined(separator: ", ")
        let via = resolved.map { $0 == path ? "" : " (it resolves to \($0))" } ?? ""
        return "\(path)\(via) is outside \(shown); allow more with --allow-refs-outside <folder> "
            + "or `allowRefsOutside:` in generator.yaml"
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// The path with every symbolic link resolved, or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
