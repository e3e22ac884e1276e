import Foundation

/// Whether a path may be replaced by generated output: only an absent path, an empty folder, or a folder
/// Specwright wrote (every file listed in its manifest, or, for folders written before manifests existed,
/// every file starting with the generated marker). Anything else is an error that names what was found.
enum OwnershipCheck {
    static func check(_ directory: String) throws {
        let kind = try FileKind(atPath: directory)
        switch kind {
        case .absent:
            return
        case .directory:
            try checkContents(of: directory)
        default:
            throw GeneratorError(
                "\(directory) is \(kind.phrase), not a folder Specwright wrote; refusing to replace it "
                + "(choose a new or generated folder for the output)"
            )
        }
    }

    /// Walks the folder without following symbolic links (a link to `.` would make the walk endless).
    private static func checkContents(of directory: String) throws {
        let manifest = try OutputManifest.read(in: directory)
        func refuse(_ path: String, _ reason: String) -> GeneratorError {
            GeneratorError("\(path) \(reason); refusing to replace \(directory) "
                           + "(move it out, or choose another output folder)")
        }
        var pending: [(path: String, relative: String)] = [(directory, "")]
        while let (folder, relativeFolder) = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder)
            } catch {
                throw GeneratorError("cannot list \(folder): \(String(cString: strerror(errno)))")
            }
            for name in names.sorted() where !(relativeFolder.isEmpty && name == OutputManifest.fileName) {
                let path = folder + "/" + name
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                switch try FileKind(atPath: path) {
                case .absent:
                    continue
                case .directory:
                    pending.append((path, relative))
                case .regularFile:
                    if let manifest {
                        guard manifest.contains(relative) else { throw refuse(path, "is not in Specwright's manifest") }
                    } else if !startsWithMarker(path) {
                        throw refuse(path, "was not written by Specwright")
                    }
                case let other:
                    throw refuse(path, "is \(other.phrase), which Specwright never writes")
                }
            }
        }
    }

    private static func startsWithMarker(_ path: String) -> Bool {
        guard let stream = fopen(path, "rb") else { return false }
        defer { fclose(stream) }
        let marker = OutputDirectory.generatedMarker.utf8
        var head = [UInt8](repeating: 0, count: marker.count)
        return fread(&head, 1, head.count, stream) == head.count && head.elementsEqual(marker)
    }
}
