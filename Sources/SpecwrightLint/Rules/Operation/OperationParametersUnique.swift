import SpecwrightReader
import SpecwrightReports

/// No parameter is listed twice (same `name` and `in`) at the same level.
struct OperationParametersUnique: LintRule {
    static let description = RuleDescription.rule(
        "operation-parameters-unique", .error, "Parameters are unique by `name` and `in`",
        why: "OpenAPI forbids listing the same parameter twice in one list; which of the two applies is undefined.",
        fix: "Remove or rename the duplicate parameter."
    )
    static let counterparts = Counterparts(spectral: ["operation-parameters"], redocly: ["operation-parameters-unique"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        var checkedLists: Set<String> = []
        for site in context.operationSites {
            for owner in [site.pathItem, site.operation] {
                guard let list = owner["parameters"], checkedLists.insert(list.identity).inserted else { continue }
                var seen: [String: Node] = [:]
                for entry in list.array ?? [] {
                    guard let parameter = try? context.spec.dereference(entry),
                          let name = parameter["name"]?.string, let location = parameter["in"]?.string else { continue }
                    let key = location + " " + (location == "header" ? name.lowercased() : name)
                    if let earlier = seen[key] {
                        findings.report("parameter `\(name)` in \(location) is listed twice for \(site.label)", at: context.location(of: entry),
                                        related: [RelatedLocation(location: context.location(of: earlier), message: "first listed here")])
                    } else {
                        seen[key] = entry
                    }
                }
            }
        }
    }
}
