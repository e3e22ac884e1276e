import Foundation
import SpecwrightDiff
import SpecwrightTestSupport
import Testing

@Suite struct CheckCatalogTests {
    static let documentation = TestPaths.repositoryRoot.appendingPathComponent("Docs/diff.md")

    @Test func idsAreUniqueAndSwiftOnesArePrefixed() {
        let ids = CheckCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(CheckCatalog.all.filter { $0.area == .swift }.allSatisfy { $0.oasdiffIDs.isEmpty })
    }

    @Test func documentationListsEveryCheckWithItsLevel() throws {
        let text = try String(contentsOf: Self.documentation, encoding: .utf8)
        for check in CheckCatalog.all {
            #expect(text.contains("| `\(check.id)` | \(check.level.rawValue) |"), "Docs/diff.md lacks \(check.id)")
        }
    }

    /// Every error-level oasdiff check is either mapped by a check or listed as left out, never both.
    @Test func everyOasdiffErrorIsMappedOrLeftOut() throws {
        guard let list = try TestPaths.shared("reference/lint-rules/oasdiff_err_ids.txt") else { return }
        let oasdiff = try String(contentsOf: list, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init)
        let mapped = Set(CheckCatalog.all.flatMap(\.oasdiffIDs))
        let text = try String(contentsOf: Self.documentation, encoding: .utf8)
        let leftOutSection = try #require(text.components(separatedBy: "## oasdiff checks left out").last)
        for id in oasdiff {
            let isLeftOut = leftOutSection.contains("| `\(id)` |")
            #expect(mapped.contains(id) != isLeftOut, "\(id): mapped \(mapped.contains(id)), listed as left out \(isLeftOut)")
        }
        #expect(mapped.isSubset(of: Set(oasdiff)), "IDs not in oasdiff's list: \(mapped.subtracting(oasdiff).sorted())")
    }
}
