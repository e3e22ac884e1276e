import Foundation
@testable import SpecwrightGenerator
import Testing

/// A run whose output equals what the folder holds leaves the folder alone; any difference replaces it, and
/// the files that did not change are carried over as they are.
struct UnchangedOutputTests {
    private let files = [
        GeneratedFile(path: "Model.swift", contents: "\(OutputDirectory.generatedMarker)\nstruct Model {}\n"),
        GeneratedFile(path: "Client/Client.swift", contents: "\(OutputDirectory.generatedMarker)\nstruct Client {}\n"),
    ]

    private func withOutput(_ body: (URL) throws -> Void) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-unchanged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: files)
        try body(output)
    }

    /// The inode of a file: the same one means the file was not written again.
    private func inode(_ url: URL) throws -> UInt64 {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return UInt64(status.st_ino)
    }

    @Test func leavesAnEqualFolderUntouched() throws {
        try withOutput { output in
            let before = try inode(output.appendingPathComponent("Client/Client.swift"))
            #expect(UnchangedOutput.holds(files, in: output.path))
            try OutputDirectory.replace(output, with: files)
            #expect(try inode(output.appendingPathComponent("Client/Client.swift")) == before)
        }
    }

    @Test func replacesAFolderThatDiffersInOneByte() throws {
        try withOutput { output in
            var changed = files
            changed[1].contents += " "
            #expect(!UnchangedOutput.holds(changed, in: output.path))
            try OutputDirectory.replace(output, with: changed)
            #expect(try String(contentsOf: output.appendingPathComponent("Client/Client.swift"), encoding: .utf8) == changed[1].contents)
        }
    }

    @Test func keepsTheUnchangedFilesOfAChangedFolder() throws {
        try withOutput { output in
            let model = output.appendingPathComponent("Model.swift")
            let client = output.appendingPathComponent("Client/Client.swift")
            let (modelBefore, clientBefore) = (try inode(model), try inode(client))
            var changed = files
            changed[1].contents += " "
            try OutputDirectory.replace(output, with: changed)
            #expect(try inode(model) == modelBefore)
            #expect(try inode(client) != clientBefore)
            #expect(try String(contentsOf: client, encoding: .utf8) == changed[1].contents)
            #expect(UnchangedOutput.holds(changed, in: output.path))
        }
    }

    @Test func replacesAFolderWithFewerMoreOrOtherEntries() throws {
        try withOutput { output in
            #expect(!UnchangedOutput.holds([files[0]], in: output.path))
            #expect(!UnchangedOutput.holds(files + [GeneratedFile(path: "New.swift", contents: "")], in: output.path))
            // An empty folder the run would not write.
            try FileManager.default.createDirectory(at: output.appendingPathComponent("Extra"), withIntermediateDirectories: false)
            #expect(!UnchangedOutput.holds(files, in: output.path))
            try OutputDirectory.replace(output, with: files)
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("Extra").path))
            #expect(UnchangedOutput.holds(files, in: output.path))
        }
    }

    @Test func anAbsentFolderIsNotUnchanged() throws {
        #expect(!UnchangedOutput.holds(files, in: "/nonexistent/specwright-output"))
    }
}

extension UnchangedOutput {
    /// What a run that stages `files` finds: the folder holds exactly them, with the same bytes.
    static func holds(_ files: [GeneratedFile], in directory: String) -> Bool {
        let paths = files.map(\.path)
        return holdsExactly(paths, manifest: OutputManifest.contents(listing: paths), in: directory)
            && files.allSatisfy { hasContents($0.contents, at: directory + "/" + $0.path) }
    }
}
