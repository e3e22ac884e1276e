import Foundation
import SpecwrightTestSupport
@testable import SpecwrightGenerator
import Testing

struct OutputDirectoryTests {

    private func expectRefusal(_ output: URL, mentioning phrase: String) {
        do {
            try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift")])
            Issue.record("replaced \(output.path)")
        } catch {
            #expect("\(error)".contains(phrase), "\(error)")
        }
    }

    @Test func replacesTheWholeFolder() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Generated/Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Old.swift"), OutputFixtures.file("Kept.swift", "v1")])
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Kept.swift", "v2"), OutputFixtures.file("New.swift")])
        #expect(try OutputFixtures.names(in: output) == [".specwright-manifest", "Kept.swift", "New.swift"])
        #expect(try String(contentsOf: output.appendingPathComponent("Kept.swift"), encoding: .utf8).hasSuffix("v2"))
        // No staging, retired or lock files are left beside the output.
        #expect(try OutputFixtures.names(in: output.deletingLastPathComponent()) == ["Acme"])
    }

    @Test func theManifestListsTheFilesSoThatOtherHeadersAreStillOurs() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        // A custom template may write another header: the manifest, not the marker, says the file is ours.
        try OutputDirectory.replace(output, with: [GeneratedFile(path: "Model.swift", contents: "// Acme\n")])
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift")])
        // A file the manifest does not list is not ours, whatever its first line.
        try Data("\(OutputDirectory.generatedMarker) but copied by hand\n".utf8).write(to: output.appendingPathComponent("Copy.swift"))
        expectRefusal(output, mentioning: "Copy.swift is not in Specwright's manifest")
    }

    @Test func refusesToReplaceAFolderWithHandWrittenFiles() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Sources")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let handWritten = output.appendingPathComponent("Service.swift")
        try Data("struct Service {}\n".utf8).write(to: handWritten)

        expectRefusal(output, mentioning: "Service.swift was not written by Specwright")
        #expect(try String(contentsOf: handWritten, encoding: .utf8) == "struct Service {}\n")
        #expect(try OutputFixtures.names(in: output) == ["Service.swift"])
        #expect(try OutputFixtures.names(in: scratch) == ["Sources"])
    }

    @Test func refusesARegularFileAndLeavesIt() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let spec = scratch.appendingPathComponent("openapi.yaml")
        try Data("openapi: 3.1.0\n".utf8).write(to: spec)
        expectRefusal(spec, mentioning: "is a regular file, not a folder Specwright wrote")
        #expect(try String(contentsOf: spec, encoding: .utf8) == "openapi: 3.1.0\n")
        #expect(try OutputFixtures.names(in: scratch) == ["openapi.yaml"])
    }

    @Test func refusesADeviceAFIFOAndASymbolicLink() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        if let device = TestDevice.make(in: scratch) {
            expectRefusal(device, mentioning: "is a device")
        }
        let fifo = scratch.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        expectRefusal(fifo, mentioning: "is a FIFO")
        let real = scratch.appendingPathComponent("Real")
        try OutputDirectory.replace(real, with: [OutputFixtures.file("Model.swift")])
        let link = scratch.appendingPathComponent("Link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        expectRefusal(link, mentioning: "is a symbolic link")
        #expect(try FileKind(atPath: fifo.path) == .fifo)
        #expect(try FileKind(atPath: link.path) == .symbolicLink)
    }

    @Test func neverFollowsSymbolicLinksInsideTheOutput() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift")])
        // Links to `.` would make a following walk grow without end.
        for name in ["a", "b", "c"] {
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent(name).path, withDestinationPath: ".")
        }
        expectRefusal(output, mentioning: "is a symbolic link, which Specwright never writes")
        #expect(try OutputFixtures.names(in: output).count == 5)
    }

    @Test func aFailedWriteLeavesThePreviousOutput() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v1")])
        // A path that cannot be a file (it names a folder that is also a file) makes the write fail midway.
        #expect(throws: GeneratorError.self) {
            try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v2"), OutputFixtures.file("Model.swift/Nested.swift")])
        }
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v1"))
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])
    }

    @Test func refusesFilePathsOutsideTheFolder() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for path in ["../Escape.swift", "/tmp/Escape.swift", "a//b.swift", "./a.swift", ".specwright-manifest"] {
            #expect(throws: GeneratorError.self) {
                try OutputDirectory.replace(scratch.appendingPathComponent("Acme"), with: [OutputFixtures.file(path)])
            }
        }
        #expect(try OutputFixtures.names(in: scratch).isEmpty)
    }

    @Test func aCrashBetweenTheRenamesIsRecoveredByTheNextRun() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v1")])
        // The state a kill between the renames leaves: the previous copy moved aside, the new one staged.
        let retired = scratch.appendingPathComponent(".Acme.specwright-old")
        let staging = scratch.appendingPathComponent(".Acme.specwright-new")
        try FileManager.default.moveItem(at: output, to: retired)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        try Data("partial".utf8).write(to: staging.appendingPathComponent("Half.swift"))

        let siblings = OutputDirectory.SiblingPaths(of: output.path)
        try OutputDirectory.recoverFromInterruptedRun(output.path, siblings)
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v1"))
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])

        // And a whole run from that state ends with the new files and nothing else beside them.
        try FileManager.default.moveItem(at: output, to: retired)
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v2")])
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v2"))
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])
    }

    @Test func aRetiredCopyBesideACompleteOutputIsRemoved() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v2")])
        // A kill after the second rename but before the retired copy was deleted.
        let retired = scratch.appendingPathComponent(".Acme.specwright-old")
        try FileManager.default.createDirectory(at: retired, withIntermediateDirectories: false)
        try Data("v1".utf8).write(to: retired.appendingPathComponent("Model.swift"))
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v3")])
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v3"))
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])
    }

    @Test func severalFoldersAreCheckedBeforeAnyIsReplaced() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let first = scratch.appendingPathComponent("First")
        let second = scratch.appendingPathComponent("Second")
        try OutputDirectory.replace(first, with: [OutputFixtures.file("Model.swift", "v1")])
        try FileManager.default.createDirectory(at: second, withIntermediateDirectories: false)
        try Data("hand-written".utf8).write(to: second.appendingPathComponent("Notes.md"))
        #expect(throws: GeneratorError.self) {
            try OutputDirectory.replace([(first, [OutputFixtures.file("Model.swift", "v2")]), (second, [OutputFixtures.file("Model.swift")])])
        }
        #expect(try String(contentsOf: first.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v1"))
        #expect(try OutputFixtures.names(in: second) == ["Notes.md"])
        #expect(try OutputFixtures.names(in: scratch) == ["First", "Second"])
    }

    @Test func aHeldLockMakesTheSecondRunFailWithoutWriting() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v1")])
        let lockPath = OutputDirectory.SiblingPaths(of: output.path).lock
        do {
            let held = try OutputLock(at: lockPath, guarding: output.path)
            expectRefusal(output, mentioning: "another `generator generate` (process \(getpid())) is writing")
            withExtendedLifetime(held) {}
        }
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v1"))
        // A lock file left by a run that died is not held by anyone: the next run takes it.
        try Data("99999999\n".utf8).write(to: URL(fileURLWithPath: lockPath))
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v2")])
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])
    }
}
