import Foundation

/// Whether an output folder already holds exactly the files a run would write: then replacing it is skipped,
/// which keeps the folder and the files' modification times, so that builds do not recompile them.
///
/// Exactly means: the same manifest, every listed file with the same bytes (`OutputStaging` compares each as
/// it comes), and nothing else in the folder (no other file or folder, at any depth). Anything unreadable
/// counts as changed, and the folder is replaced as usual.
enum UnchangedOutput {
    /// Whether `directory` holds `manifest` and, besides it, exactly the files at `paths` and their folders
    /// (their bytes are not compared here).
    static func holdsExactly(_ paths: [String], manifest: String, in directory: String) -> Bool {
        guard (try? FileKind(atPath: directory)) == .directory,
            hasContents(manifest, at: directory + "/" + OutputManifest.fileName)
        else { return false }
        var expectedFolders: Set<String> = [""]
        for path in paths {
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                expectedFolders.insert(folder)
            }
        }
        let expectedFiles = Set(paths + [OutputManifest.fileName])
        guard let (foundFiles, foundFolders) = entries(of: directory) else { return false }
        return foundFiles == expectedFiles && foundFolders == expectedFolders
    }

    /// The relative paths of the regular files and folders under `directory` (itself as ""), or `nil` when it
    /// holds anything else or cannot be listed.
    private static func entries(of directory: String) -> (files: Set<String>, folders: Set<String>)? {
        var files: Set<String> = []
        var folders: Set<String> = [""]
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? directory : directory + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch try? FileKind(atPath: directory + "/" + path) {
                case .regularFile?: files.insert(path)
                case .directory?:
                    folders.insert(path)
                    pending.append(path)
                default: return nil
                }
            }
        }
        return (files, folders)
    }

    /// Whether the regular file at `path` (not a symbolic link) holds exactly the UTF-8 bytes of `contents`.
    static func hasContents(_ contents: String, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        var contents = contents
        return contents.withUTF8 { expected in
            guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == expected.count else {
                return false
            }
            guard let base = expected.baseAddress else { return true }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)
            defer { buffer.deallocate() }
            var offset = 0
            while offset < expected.count {
                let count = read(descriptor, buffer.baseAddress, min(buffer.count, expected.count - offset))
                guard count > 0, memcmp(buffer.baseAddress!, base + offset, count) == 0 else { return false }
                offset += count
            }
            // The file must end where the contents do.
            return read(descriptor, buffer.baseAddress, 1) == 0
        }
    }
}
