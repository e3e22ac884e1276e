import Foundation
import SpecwrightLint
import SpecwrightTestSupport
import Testing

@Suite struct RuleCatalogDocumentTests {
    /// Docs/lint-rules.md is generated from the rule types.
    @Test func theCommittedCatalogueIsUpToDate() throws {
        let url = TestPaths.repositoryRoot.appendingPathComponent("Docs/lint-rules.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == RuleCatalogDocument.markdown(),
                "Docs/lint-rules.md is stale: run `swift run generator lint --catalogue > Docs/lint-rules.md`")
    }

    /// Every rule of Spectral's `oas` ruleset and Redocly's `recommended` set is either mapped or left out with a reason.
    @Test(arguments: [("spectral_oas_rules.txt", "Spectral"), ("redocly_oas31_recommended.txt", "Redocly")])
    func everyReferenceRuleIsMappedOrLeftOut(file: String, linter: String) throws {
        guard let url = try TestPaths.shared("reference/lint-rules/\(file)") else { return }
        let names = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
            .map { $0.split(separator: "=").first.map(String.init) ?? "" }.filter { !$0.isEmpty }
        let mapped = Set(RuleCatalog.all.flatMap { linter == "Spectral" ? $0.counterparts.spectral : $0.counterparts.redocly })
        let leftOut = Set(RuleCatalogDocument.leftOut.filter { $0.linter == linter }.flatMap(\.names))
        for name in names {
            #expect(mapped.contains(name) || leftOut.contains(name), "\(linter) rule \(name) is neither mapped nor left out")
            #expect(!(mapped.contains(name) && leftOut.contains(name)), "\(linter) rule \(name) is both mapped and left out")
        }
        for name in mapped.union(leftOut) {
            #expect(names.contains(name), "\(name) is not a \(linter) rule")
        }
    }
}
