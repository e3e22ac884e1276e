import Foundation
import SpecwrightTestSupport
import Testing
@testable import SpecwrightReader

/// Every public spec in `../shared/corpus` reads, and every `$ref` in every file it consists of resolves
/// (or was reported as a warning, for the few broken ones in parts nothing uses).
@Suite struct CorpusTests {
    static let singleFileSpecs = [
        "adyen_balance_platform_v2.json", "adyen_legal_entity_v4.json", "moov_customers_client.yaml",
        "obuk_account_info.json", "paypal_invoicing_v2.json", "revolut_x.yaml", "stripe_spec3_2022-04.json",
        "twilio_api_v2010.json", "upvest_investment_v1.9.0.yaml", "xero_accounting.yaml",
    ]

    @Test(arguments: singleFileSpecs)
    func singleFileSpecReads(name: String) throws {
        guard let corpus = try TestPaths.shared("corpus") else { return }
        let spec = try Spec.load(fileAt: corpus.appendingPathComponent(name).path)
        #expect(spec.documents.count == 1)
        #expect(try unresolvableReferences(in: spec).isEmpty)
        #expect(spec.diagnostics.isEmpty)
    }

    @Test func corpusListsTheSpecsTested() throws {
        guard let corpus = try TestPaths.shared("corpus") else { return }
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }
        #expect(files.sorted() == Self.singleFileSpecs)
    }

    @Test func multiFileUnitSpecReads() throws {
        guard let unit = try TestPaths.shared("corpus/multifile/unit") else { return }
        let spec = try Spec.load(fileAt: unit.appendingPathComponent("openapi.json").path)
        #expect(spec.openAPIVersion.hasPrefix("3."))
        // 108 of the folder's 112 files are referenced from the root.
        #expect(spec.documents.count == 108)
        // One real defect: a misspelt $ref in a schema that nothing uses, reported as a warning.
        let unresolvable = try unresolvableReferences(in: spec)
        #expect(unresolvable == ["../relationships.json#/components/schemas/ReccuringRepaymentRelationship"])
        #expect(spec.diagnostics.count == 1)
        #expect(spec.diagnostics.first?.severity == .warning)
        #expect(spec.diagnostics.first?.message.contains("ReccuringRepaymentRelationship") == true)
    }

    /// Resolves every `$ref` in every document of `spec`; returns those that do not resolve.
    private func unresolvableReferences(in spec: Spec) throws -> [String] {
        var unresolvable: [String] = []
        var count = 0
        for document in spec.documents.values {
            var walker = KeywordObjectWalker(document)
            while let (object, _) = walker.next() {
                guard let text = object["$ref"], let reference = text.string else { continue }
                count += 1
                do {
                    _ = try spec.dereference(spec.resolve(reference, from: text))
                } catch {
                    unresolvable.append(reference)
                }
            }
        }
        #expect(count > 0, "no $ref found: is the walk skipping the spec?")
        return unresolvable
    }
}
