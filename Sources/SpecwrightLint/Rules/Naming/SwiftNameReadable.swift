import SpecwrightModel
import SpecwrightReports

/// Component schema names and operationIds make readable Swift names.
struct SwiftNameReadable: LintRule {
    static let description = RuleDescription.rule(
        "swift-name-readable", .warning, "Schema names and operationIds make readable Swift names",
        why: "Names made of digits or symbols (`200`, `-`), very long names, or letters outside ASCII (dropped so that code stays typeable) become Swift names such as `_200`, `Value` or half a word.",
        fix: "Rename the schema or operation with ASCII words (`PaymentResponse`, `listCustomers`)."
    )

    static let maximumLength = 80

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        if let schemas = context.spec.root["components"]?["schemas"] {
            for key in context.model.schemas.keys {
                if let problem = Self.problem(with: key) {
                    findings.report("schema name `\(key)` \(problem)", at: context.location(ofKey: key, in: schemas))
                }
            }
        }
        for site in context.operationSites {
            guard let node = site.operation["operationId"], let id = node.string, let problem = Self.problem(with: id) else { continue }
            findings.report("operationId `\(id)` \(problem)", at: context.location(of: node))
        }
    }

    static func problem(with raw: String) -> String? {
        let name = SwiftNaming.typeName(raw)
        if name.count(where: \.isLetter) < 2 { return "has no words, so its Swift name is `\(name)`" }
        if raw.contains(where: { $0.isLetter && !$0.isASCII }) {
            return "has letters outside ASCII, which Swift names drop or fold (`\(name)`)"
        }
        if name.count > Self.maximumLength { return "becomes a \(name.count)-character Swift name" }
        return nil
    }
}
