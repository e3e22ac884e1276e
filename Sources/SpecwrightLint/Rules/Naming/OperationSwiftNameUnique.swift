import SpecwrightModel
import SpecwrightReports

/// No two operations become the same Swift name.
struct OperationSwiftNameUnique: LintRule {
    static let description = RuleDescription.rule(
        "operation-swift-name-unique", .warning, "Operation names stay distinct in Swift",
        why: "`get-customer` and `getCustomer` are different operationIds but the same Swift name; the generator numbers the second, a name nobody can guess.",
        fix: "Give the operations operationIds that differ in more than punctuation and case."
    )

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        var first: [String: (label: String, location: ReportLocation)] = [:]
        for site in context.operationSites {
            let raw = site.operation["operationId"]?.string ?? "\(site.method) \(site.path)"
            let name = SwiftNaming.typeName(raw)
            let location = site.operation["operationId"].map(context.location(of:)) ?? context.location(of: site.operation)
            if let earlier = first[name] {
                findings.report("\(site.label) and \(earlier.label) both become `\(name)` in Swift", at: location,
                                related: [RelatedLocation(location: earlier.location, message: "`\(name)` is taken here")])
            } else {
                first[name] = (site.label, location)
            }
        }
    }
}
