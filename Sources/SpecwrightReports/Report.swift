/// Everything one run of a tool reports, ready for any `ReportFormat`.
public struct Report: Sendable {
    /// The tool that made the report (SARIF's `tool.driver`).
    public struct Tool: Sendable, Hashable {
        public var name: String
        public var version: String
        public var informationURI: String?

        public init(name: String, version: String, informationURI: String? = nil) {
            self.name = name
            self.version = version
            self.informationURI = informationURI
        }
    }

    public var tool: Tool
    /// Every rule the run could report, in catalogue order (SARIF lists them whether they fired or not).
    public var rules: [RuleDescription]
    /// Sorted by file, line, column, then rule and message, whatever order they were added in.
    public private(set) var findings: [Finding]
    /// Paths under this folder are written relative to it (what editors, GitHub and SARIF viewers expect).
    public var baseDirectory: String?

    public init(tool: Tool, rules: [RuleDescription], findings: [Finding], baseDirectory: String? = nil) {
        self.tool = tool
        self.rules = rules
        self.findings = findings.sorted(by: Self.precedes)
        self.baseDirectory = baseDirectory
    }

    /// How many findings there are at each level.
    public func count(of level: FindingLevel) -> Int {
        findings.count { $0.level == level }
    }

    /// A finding's path as reports show it: relative to `baseDirectory` when it lies below it.
    func displayPath(_ file: String) -> String {
        guard let baseDirectory, !baseDirectory.isEmpty else { return file }
        let prefix = baseDirectory.hasSuffix("/") ? baseDirectory : baseDirectory + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }

    private static func precedes(_ lhs: Finding, _ rhs: Finding) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case (let left?, let right?) where (left.file, left.line, left.column) != (right.file, right.line, right.column):
            return (left.file, left.line, left.column) < (right.file, right.line, right.column)
        default:
            return (lhs.rule, lhs.message) < (rhs.rule, rhs.message)
        }
    }
}
