import Foundation
import SpecwrightReports

/// Path template parameters have names, and each name appears once.
struct PathDeclarationsNamed: LintRule {
    static let description = RuleDescription.rule(
        "path-declarations-must-exist", .error, "Path template parameters are named, each once",
        why: "`/pets/{}` declares a parameter no `in: path` parameter can name, and `/a/{id}/b/{id}` gives two segments one value.",
        fix: "Name every `{...}` of the path, each with a different name."
    )
    static let counterparts = Counterparts(spectral: ["path-declarations-must-exist", "path-params"], redocly: ["path-declaration-must-exist"])

    func check(_ context: LintContext, _ findings: inout RuleFindings) {
        guard let paths = context.spec.root["paths"] else { return }
        for path in paths.object?.keys ?? [] where !path.hasPrefix("x-") {
            let names = PathTemplate.parameterNames(path)
            if names.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                findings.report("path `\(path)` has an unnamed parameter `{}`", at: context.location(ofKey: path, in: paths))
            }
            var seen: Set<String> = []
            for name in names where !name.isEmpty && !seen.insert(name).inserted {
                findings.report("path `\(path)` uses the parameter `{\(name)}` twice", at: context.location(ofKey: path, in: paths))
            }
        }
    }
}
