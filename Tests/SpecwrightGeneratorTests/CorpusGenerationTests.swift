import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader
import SpecwrightTestSupport
import Testing

/// Every spec of the public corpus (../shared/corpus) builds a model and renders, and does so deterministically:
/// two independent runs give byte-identical files. (`scripts/compile-corpus.sh` compiles the result.)
struct CorpusGenerationTests {
    static let specs = [
        "adyen_balance_platform_v2.json",
        "adyen_legal_entity_v4.json",
        "moov_customers_client.yaml",
        "obuk_account_info.json",
        "paypal_invoicing_v2.json",
        "revolut_x.yaml",
        "stripe_spec3_2022-04.json",
        "twilio_api_v2010.json",
        "upvest_investment_v1.9.0.yaml",
        "xero_accounting.yaml",
        "multifile/unit/openapi.json",
    ]

    @Test(arguments: specs)
    func specGeneratesTheSameFilesTwice(_ relativePath: String) throws {
        guard let corpus = try TestPaths.shared("corpus") else { return }
        let path = corpus.appendingPathComponent(relativePath).path
        let renderer = SwiftRenderer(templates: try TemplateSet())

        let model = try ModelBuilder.build(try Spec.load(fileAt: path))
        let files = try renderer.render(model, specLabel: relativePath)
        let again = try renderer.render(try ModelBuilder.build(try Spec.load(fileAt: path)), specLabel: relativePath)

        #expect(!model.types.isEmpty)
        #expect(files.map(\.path) == again.map(\.path))
        let differing = zip(files, again).filter { $0 != $1 }.map(\.0.path)
        #expect(differing.isEmpty, "\(relativePath): files differ between two runs: \(differing.prefix(5))")
        let nested = model.types.reduce(0) { $0 + $1.nestedCount }
        print("\(relativePath): \(model.types.count) types (+\(nested) nested), \(model.operations.count) operations, "
            + "\(model.webhooks.count) webhooks, \(model.diagnostics.count) warnings, \(files.count) files")
    }
}

extension TypeDeclaration {
    /// How many types are nested in this one, at any depth.
    fileprivate var nestedCount: Int {
        nestedTypes.reduce(nestedTypes.count) { $0 + $1.nestedCount }
    }
}
