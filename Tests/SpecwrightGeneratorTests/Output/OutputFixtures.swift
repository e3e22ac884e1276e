import Foundation
@testable import SpecwrightGenerator

/// Scratch folders and generated files for the output tests.
enum OutputFixtures {
    /// A new, empty folder under the temporary directory; the caller removes it.
    static func makeScratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A file with the header that marks it as Specwright's.
    static func file(_ name: String, _ body: String = "") -> GeneratedFile {
        GeneratedFile(path: name, contents: "\(OutputDirectory.generatedMarker) test\n\(body)")
    }

    /// The entries of a folder, hidden ones included, sorted.
    static func names(in url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
