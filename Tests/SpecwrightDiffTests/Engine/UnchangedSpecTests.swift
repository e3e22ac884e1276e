import Foundation
import SpecwrightDiff
import SpecwrightModel
import SpecwrightReader
import SpecwrightTestSupport
import Testing

/// A spec diffed with itself, or with a copy spelled differently (JSON instead of YAML, every object's keys
/// in reverse order), has no change at all.
@Suite struct UnchangedSpecTests {
    static let providerSpecs = ["aquanow.yaml", "banklingo.yaml", "prozora.yaml", "tradevest.json", "upvest.yaml"]
    static let corpusSpecs = ["moov_customers_client.yaml", "revolut_x.yaml", "adyen_legal_entity_v4.json", "upvest_investment_v1.9.0.yaml"]

    @Test(arguments: providerSpecs)
    func providerSpecAgainstItself(_ name: String) throws {
        let path = TestPaths.repositoryRoot.appendingPathComponent("specs/\(name)").path
        let side = try DiffSide.load(fileAt: path)
        #expect(SpecDiffer.compare(side, side).map(\.summary) == [])
    }

    @Test(arguments: providerSpecs)
    func providerSpecAgainstReorderedJSON(_ name: String) throws {
        try expectNoChange(reformatting: TestPaths.repositoryRoot.appendingPathComponent("specs/\(name)"))
    }

    /// On the wire nothing changes. In the Swift, an inline schema written out identically in several places is
    /// one shared type named after the place it is first met, so reversing the document's key order may rename
    /// such types; the diff reports that, as the generated code would change.
    @Test(arguments: corpusSpecs)
    func corpusSpecAgainstReorderedJSON(_ name: String) throws {
        guard let url = try TestPaths.shared("corpus/\(name)") else { return }
        try expectNoChange(reformatting: url, ignoringSwiftNames: true)
    }

    @Test func multiFileSpecAgainstACopyOfItsFolder() throws {
        guard let folder = try TestPaths.shared("corpus/multifile/unit") else { return }
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(at: folder, to: copy)
        let old = try DiffSide.load(fileAt: folder.appendingPathComponent("openapi.json").path)
        let new = try DiffSide.load(fileAt: copy.appendingPathComponent("openapi.json").path)
        #expect(SpecDiffer.compare(old, new).map(\.summary) == [])
    }

    private func expectNoChange(reformatting url: URL, ignoringSwiftNames: Bool = false) throws {
        let old = try DiffSide.load(fileAt: url.path)
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-diff-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: copy) }
        try NodeJSONWriter.reversedJSON(old.spec.root).write(to: copy, atomically: true, encoding: .utf8)
        let new = try DiffSide.load(fileAt: copy.path)
        let changes = SpecDiffer.compare(old, new).map(\.summary)
        #expect(changes.filter { !ignoringSwiftNames || !$0.hasPrefix("swift-") } == [])
    }
}
