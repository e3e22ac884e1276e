import SpecwrightReports

extension RuleDescription {
    /// A rule's description, written the way the rule files read: ID, level, summary, why, how to fix.
    static func rule(_ id: String, _ level: FindingLevel, _ summary: String, why: String, fix: String) -> RuleDescription {
        RuleDescription(id: id, shortDescription: summary, fullDescription: why, defaultLevel: level, help: fix)
    }
}
