/// What a report says about one rule: SARIF's `reportingDescriptor`, the lint catalogue's row.
public struct RuleDescription: Sendable, Hashable {
    public var id: String
    /// One line, no final period needed.
    public var shortDescription: String
    /// What the rule checks and why it matters.
    public var fullDescription: String
    public var defaultLevel: FindingLevel
    /// How to fix what the rule reports.
    public var help: String

    public init(id: String, shortDescription: String, fullDescription: String, defaultLevel: FindingLevel, help: String) {
        self.id = id
        self.shortDescription = shortDescription
        self.fullDescription = fullDescription
        self.defaultLevel = defaultLevel
        self.help = help
    }
}
