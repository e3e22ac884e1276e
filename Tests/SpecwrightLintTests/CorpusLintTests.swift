import Foundation
import SpecwrightLint
import SpecwrightModel
import SpecwrightReader
import SpecwrightReports
import SpecwrightTestSupport
import Testing

/// Every rule runs to completion on every public corpus spec (../shared/corpus, the multi-file one included)
/// and on the provider specs: no crash, no hang, every finding located in a file of that spec, none twice, and
/// the same findings on a second run. Docs/lint-corpus.md lists the findings per rule (`scripts/lint-corpus.sh`).
@Suite struct CorpusLintTests {
    static let corpus = [
        "adyen_balance_platform_v2.json", "adyen_legal_entity_v4.json", "moov_customers_client.yaml", "obuk_account_info.json",
        "paypal_invoicing_v2.json", "revolut_x.yaml", "stripe_spec3_2022-04.json", "twilio_api_v2010.json",
        "upvest_investment_v1.9.0.yaml", "xero_accounting.yaml", "multifile/unit/openapi.json",
    ]

    static let providers = ["tradevest.json", "aquanow.yaml", "upvest.yaml", "prozora.yaml", "banklingo.yaml"]

    @Test(arguments: corpus)
    func corpusSpecLints(_ relativePath: String) throws {
        guard let folder = try TestPaths.shared("corpus") else { return }
        try check(folder.appendingPathComponent(relativePath).path)
    }

    @Test(arguments: providers)
    func providerSpecLints(_ name: String) throws {
        try check(TestPaths.repositoryRoot.appendingPathComponent("specs/\(name)").path)
    }

    private func check(_ path: String) throws {
        let spec = try Spec.load(fileAt: path)
        let model = try ModelBuilder.build(spec)
        let findings = Linter().lint(spec, model: model)
        let files = Set(spec.documents.keys)
        for finding in findings {
            let location = try #require(finding.location, "\(finding.rule): \(finding.message)")
            #expect(files.contains(location.file), "\(finding.rule) points outside the spec: \(location.file)")
            #expect(location.line >= 1 && location.column >= 1)
        }
        // Each schema is visited once, so no finding is reported twice.
        #expect(Set(findings).count == findings.count, "duplicate findings")
        let again = Linter().lint(spec, model: model)
        #expect(again == findings)
        let byRule = Dictionary(grouping: findings, by: \.rule).mapValues(\.count).sorted { $0.key < $1.key }
        print("\(URL(fileURLWithPath: path).lastPathComponent): \(findings.count) findings: \(byRule.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
    }
}
