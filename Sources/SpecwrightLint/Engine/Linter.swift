import SpecwrightModel
import SpecwrightReader
import SpecwrightReports

/// Runs every rule of the catalogue over one spec and applies the project's levels and ignores.
///
/// ```swift
/// let spec = try Spec.load(fileAt: "specs/upvest.yaml")
/// let findings = Linter(settings: settings).lint(spec, model: try ModelBuilder.build(spec))
/// ```
public struct Linter: Sendable {
    public var settings: LintSettings
    public var rules: [any LintRule.Type]

    public init(settings: LintSettings = LintSettings(), rules: [any LintRule.Type] = RuleCatalog.all) {
        self.settings = settings
        self.rules = rules
    }

    public func lint(_ spec: Spec, model: APIModel) -> [Finding] {
        let context = LintContext(spec: spec, model: model, extraFormats: settings.extraFormats)
        var findings: [Finding] = []
        for rule in rules {
            guard let level = settings.level(of: rule.description) else { continue }
            var collected = RuleFindings()
            rule.init().check(context, &collected)
            for entry in collected.entries {
                let finding = Finding(rule: rule.description.id, level: level, message: entry.message,
                                      location: entry.location, relatedLocations: entry.related)
                if !settings.isIgnored(finding, inSpec: spec.rootFile) { findings.append(finding) }
            }
        }
        return findings
    }
}
