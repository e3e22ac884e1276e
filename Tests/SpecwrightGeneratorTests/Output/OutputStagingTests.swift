import Foundation
@testable import SpecwrightGenerator
import Testing

/// Files streamed into a staging folder reach the output only when the run commits; a run that stops before
/// that leaves the previous output, and nothing of its own, behind.
struct OutputStagingTests {

    private struct Stopped: Error {}

    @Test func filesAddedFromManyThreadsAreAllCommitted() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        let staging = try #require(try OutputDirectory.stage([output]).first)
        let files = (0..<200).map { OutputFixtures.file("Types/Model\($0).swift", "\($0)") }
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            #expect(throws: Never.self) { try staging.add(files[index]) }
        }
        #expect(staging.fileCount == 200)
        try OutputDirectory.commit([staging])
        #expect(try OutputFixtures.names(in: output.appendingPathComponent("Types")).count == 200)
        #expect(UnchangedOutput.holds(files, in: output.path))
    }

    @Test func aRunThatStopsBeforeCommittingLeavesThePreviousOutput() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v1")])
        #expect(throws: Stopped.self) {
            let staging = try OutputDirectory.stage([output])
            try staging[0].add(OutputFixtures.file("Model.swift", "v2"))
            throw Stopped()
        }
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v1"))
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])
        // The lock went with the staging: the next run writes.
        try OutputDirectory.replace(output, with: [OutputFixtures.file("Model.swift", "v3")])
        #expect(try String(contentsOf: output.appendingPathComponent("Model.swift"), encoding: .utf8).hasSuffix("v3"))
    }

    @Test func aRunThatStopsRemovesTheFoldersItMadeForTheOutput() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Generated/Providers/Acme")
        #expect(throws: Stopped.self) {
            let staging = try OutputDirectory.stage([output])
            try staging[0].add(OutputFixtures.file("Model.swift"))
            #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Generated/Providers").path))
            throw Stopped()
        }
        #expect(try OutputFixtures.names(in: scratch).isEmpty)
    }

    @Test func anUnchangedOutputKeepsItsFolder() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Acme")
        let files = [OutputFixtures.file("Model.swift"), OutputFixtures.file("Client/Client.swift")]
        try OutputDirectory.replace(output, with: files)
        let folderBefore = try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? Int
        let staging = try OutputDirectory.stage([output])
        for file in files { try staging[0].add(file) }
        try OutputDirectory.commit(staging)
        let folderAfter = try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? Int
        #expect(folderAfter == folderBefore)
        #expect(try OutputFixtures.names(in: scratch) == ["Acme"])
    }

    @Test func aFileAddedTwiceStopsTheRun() throws {
        let scratch = try OutputFixtures.makeScratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let staging = try OutputDirectory.stage([scratch.appendingPathComponent("Acme")])
        try staging[0].add(OutputFixtures.file("Model.swift"))
        #expect(throws: GeneratorError.self) { try staging[0].add(OutputFixtures.file("Model.swift")) }
    }
}
