import SpecwrightReports

/// How a project configures lint (generator.yaml's `lint:` section): levels, ignores, extra format names.
public struct LintSettings: Sendable {
    /// An ignore: findings of `rule` whose JSON pointer matches `pointer` (a glob), in one spec or all.
    public struct Ignore: Sendable, Hashable {
        public var rule: String
        /// `*` matches within one pointer token, `**` across tokens; `nil` ignores the rule everywhere.
        public var pointer: String?
        /// The spec's path as the finding names it (absolute); `nil` for every spec.
        public var spec: String?

        public init(rule: String, pointer: String?, spec: String?) {
            self.rule = rule
            self.pointer = pointer
            self.spec = spec
        }
    }

    /// Levels that replace rules' defaults, by rule ID.
    public var levels: [String: FindingLevel]
    /// Rules turned `off`, by ID.
    public var disabledRules: Set<String>
    public var ignores: [Ignore]
    /// Format names that count as known (custom formats the project validates itself).
    public var extraFormats: Set<String>

    public init(levels: [String: FindingLevel] = [:], disabledRules: Set<String> = [], ignores: [Ignore] = [],
                extraFormats: Set<String> = []) {
        self.levels = levels
        self.disabledRules = disabledRules
        self.ignores = ignores
        self.extraFormats = extraFormats
    }

    /// The level `rule` reports at, `nil` when it is off.
    public func level(of rule: RuleDescription) -> FindingLevel? {
        disabledRules.contains(rule.id) ? nil : levels[rule.id] ?? rule.defaultLevel
    }

    func isIgnored(_ finding: Finding, inSpec specFile: String) -> Bool {
        ignores.contains { ignore in
            guard ignore.rule == finding.rule, ignore.spec == nil || ignore.spec == specFile else { return false }
            guard let pattern = ignore.pointer else { return true }
            guard let pointer = finding.location?.pointer else { return false }
            return PointerGlob.matches(pattern, pointer)
        }
    }
}
