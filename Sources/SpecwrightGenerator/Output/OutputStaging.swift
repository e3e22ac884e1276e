import Foundation

/// The new contents of one output folder, written into `.<name>.specwright-new` beside it as the files come
/// (`OutputDirectory.stage`), then swapped in by `OutputDirectory.commit`. Holds the folder's lock until then.
///
/// A file whose bytes equal the previous output's file of the same path is a hard link to it instead of a new
/// file: it keeps its inode and modification time, so incremental builds skip it. A staging that is never
/// committed removes its folder, and the folders made to hold it, when it goes away.
public final class OutputStaging: @unchecked Sendable {
    // `@unchecked`: the mutable state is only touched while `mutex` is held.
    private let target: String
    private let siblings: OutputDirectory.SiblingPaths
    private var lock: OutputLock?
    /// Folders made to hold the output, deepest first: a run that stops before committing removes them again.
    private let createdFolders: [String]
    private let hasPrevious: Bool
    private let mutex = NSLock()
    private var paths: [String] = []
    private var folders: Set<String>
    private var linkedCount = 0
    private var isCommitted = false

    init(target: String, siblings: OutputDirectory.SiblingPaths, lock: OutputLock, createdFolders: [String]) throws {
        self.target = target
        self.siblings = siblings
        self.lock = lock
        self.createdFolders = createdFolders
        hasPrevious = try FileKind(atPath: target) == .directory
        folders = [siblings.staging]
        do {
            try FileManager.default.createDirectory(atPath: siblings.staging, withIntermediateDirectories: false)
        } catch {
            throw GeneratorError("cannot create \(siblings.staging): \(OutputDirectory.describe(error))")
        }
    }

    deinit {
        guard !isCommitted else { return }
        try? OutputDirectory.remove(siblings.staging)
        lock = nil
        // `rmdir` removes only empty folders: anything else put there meanwhile stays.
        for folder in createdFolders { rmdir(folder) }
    }

    /// How many files were added.
    public var fileCount: Int {
        mutex.withLock { paths.count }
    }

    /// Writes `file` into the staging folder; callable from any thread.
    public func add(_ file: GeneratedFile) throws {
        try Self.checkPath(of: file)
        try mutex.withLock {
            let path = siblings.staging + "/" + file.path
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if !folders.contains(folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw GeneratorError("cannot write \(siblings.staging): \(OutputDirectory.describe(error))")
                }
                folders.insert(folder)
            }
            let previous = target + "/" + file.path
            // `link` fails on file systems without hard links; the file is then written.
            if hasPrevious, UnchangedOutput.hasContents(file.contents, at: previous), link(previous, path) == 0 {
                linkedCount += 1
            } else {
                try Self.write(file.contents, to: path)
            }
            paths.append(file.path)
        }
    }

    /// Writes the manifest; `true` when the folder already holds exactly these files, which leaves it as it is
    /// (the staging folder is removed).
    func finishIsUnchanged() throws -> Bool {
        try mutex.withLock {
            let manifest = OutputManifest.contents(listing: paths)
            if hasPrevious, linkedCount == paths.count, UnchangedOutput.holdsExactly(paths, manifest: manifest, in: target) {
                try OutputDirectory.remove(siblings.staging)
                isCommitted = true
                return true
            }
            try Self.write(manifest, to: siblings.staging + "/" + OutputManifest.fileName)
            return false
        }
    }

    /// Puts the staged folder in place of the target with two renames; on failure the previous output stays.
    func swapIn() throws {
        try mutex.withLock {
            let (staging, retired) = (siblings.staging, siblings.retired)
            let hadOutput = try FileKind(atPath: target) != .absent
            do {
                if hadOutput { try OutputDirectory.rename(target, to: retired) }
                try OutputDirectory.rename(staging, to: target)
            } catch {
                try? OutputDirectory.remove(staging)
                if try FileKind(atPath: target) == .absent, hadOutput { try? OutputDirectory.rename(retired, to: target) }
                throw error
            }
            isCommitted = true
            try? OutputDirectory.remove(retired)
        }
    }

    /// Gives the folder's lock back.
    func release() {
        mutex.withLock { lock = nil }
    }

    /// Files go only inside the output folder: relative paths without `.` or `..` components.
    private static func checkPath(of file: GeneratedFile) throws {
        let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
        let isInside = !file.path.hasPrefix("/") && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
        guard isInside, file.path != OutputManifest.fileName, !file.path.contains("\0") else {
            throw GeneratorError("refusing to write the generated file '\(file.path)': not a plain path inside the output folder")
        }
    }

    /// A plain create-and-write: Foundation's writers add a temporary file and a rename (or an fsync) per
    /// file, which costs more than the whole render for a large spec. The folder as a whole is swapped in
    /// atomically, so per-file atomicity adds nothing. `O_EXCL` because the staging folder is new: a name
    /// written twice is a bug, not something to overwrite.
    private static func write(_ contents: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0, let stream = fdopen(descriptor, "wb") else {
            throw GeneratorError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        var contents = contents
        let written = contents.withUTF8 { $0.isEmpty || fwrite($0.baseAddress, 1, $0.count, stream) == $0.count }
        guard fclose(stream) == 0, written else {
            throw GeneratorError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
