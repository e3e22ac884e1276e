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
        var timings: [(rule: String, duration: Duration)] = []
        return lint(spec, model: model, timings: &timings)
    }

    /// Lints and records how long each rule took. Schema rules share one visit of every schema and are
    /// timed together; the first rule that needs a shared view (the example checks) pays for building it.
    public func lint(_ spec: Spec, model: APIModel, timings: inout [(rule: String, duration: Duration)]) -> [Finding] {
        let context = LintContext(spec: spec, model: model, extraFormats: settings.extraFormats)
        let clock = ContinuousClock()
        var start = clock.now
        let schemas = context.schemas
        timings.append(("(reading \(schemas.count) schemas)", clock.now - start))

        let enabled = rules.compactMap { rule in settings.level(of: rule.description).map { (rule, $0) } }
        var collected = Array(repeating: RuleFindings(), count: enabled.count)
        let schemaRules = enabled.indices.compactMap { index in (enabled[index].0.init() as? any SchemaRule).map { (index, $0) } }
        start = clock.now
        // Indices, not `for schema in`, so that no schema is copied on the way.
        for schemaIndex in schemas.indices {
            for (index, rule) in schemaRules {
                rule.check(schemas[schemaIndex], context, &collected[index])
            }
        }
        timings.append(("(\(schemaRules.count) schema rules)", clock.now - start))
        for (index, (rule, _)) in enabled.enumerated() where !(rule is any SchemaRule.Type) {
            start = clock.now
            rule.init().check(context, &collected[index])
            timings.append((rule.description.id, clock.now - start))
        }

        var findings: [Finding] = []
        for (index, (rule, level)) in enabled.enumerated() {
            for entry in collected[index].entries {
                let finding = Finding(rule: rule.description.id, level: level, message: entry.message,
                                      location: entry.location, relatedLocations: entry.related)
                if !settings.isIgnored(finding, inSpec: spec.rootFile) { findings.append(finding) }
            }
        }
        return findings
    }
}
