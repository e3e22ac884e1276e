import SpecwrightModel
import SpecwrightReports

/// No two component schemas become the same Swift type name.
struct SchemaSwiftNameUnique: LintRule {
    static let description = RuleDescription.rule(
        "schema-swift-name-unique", .warning, "Component schema names stay distinct in Swift",
        why: "`customer_status` and `CustomerStatus` both become `CustomerStatus`; the generator numbers the second (`CustomerStatus2`), a name nobody can guess and that changes when the spec's order does.",
        fix: "Rename one of the schemas, or remove the duplicate."
    )

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let schemas = context.spec.root["components"]?["schemas"] else { return }
        var first: [String: String] = [:]
        for key in context.model.schemas.keys {
            let name = SwiftNaming.typeName(key)
            if let earlier = first[name] {
                let actual = context.model.componentTypeNames[key] ?? name
                findings.report("schemas `\(earlier)` and `\(key)` both become `\(name)` in Swift; this one is named `\(actual)`",
                                at: context.location(ofKey: key, in: schemas),
                                related: [RelatedLocation(location: context.location(ofKey: earlier, in: schemas), message: "`\(name)` is taken here")])
            } else {
                first[name] = key
            }
        }
    }
}
