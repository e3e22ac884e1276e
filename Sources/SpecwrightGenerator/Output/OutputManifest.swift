import Foundation

/// `.specwright-manifest`: the files of an output folder Specwright wrote, one relative path a line.
///
/// It is how the next run knows the folder is its own to replace; sorted and free of timestamps, so a
/// committed output stays unchanged when nothing else does.
enum OutputManifest {
    static let fileName = ".specwright-manifest"

    private static let heading = "# Written by Specwright, which replaces this folder as a whole; it lists the files it wrote."

    static func contents(listing paths: [String]) -> String {
        ([heading] + paths.sorted()).joined(separator: "\n") + "\n"
    }

    /// The paths listed in `directory`'s manifest, or `nil` when it has none.
    static func read(in directory: String) throws -> Set<String>? {
        let path = directory + "/" + fileName
        switch try FileKind(atPath: path) {
        case .absent:
            return nil
        case .regularFile:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw GeneratorError("cannot read \(path)")
            }
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
            guard lines.first == heading else {
                throw GeneratorError("\(path) is not a manifest Specwright wrote; refusing to replace \(directory)")
            }
            return Set(lines.dropFirst())
        case let other:
            throw GeneratorError("\(path) is \(other.phrase), not Specwright's manifest; refusing to replace \(directory)")
        }
    }
}
