/// What a check compares: the HTTP wire, or the public declarations of the generated Swift module.
public enum CheckArea: String, Sendable, Hashable, CaseIterable {
    case wire
    case swift

    /// Every Swift check's ID starts with this.
    static let swiftPrefix = "swift-"
}

/// A check's entry in the catalogue: what `diff --list-checks`, SARIF's rules and `Docs/diff.md` show.
public struct CheckDescription: Sendable, Hashable {
    /// Stable: configurations ignore by it, CI logs grep for it.
    public var id: String
    /// The level the check reports at when the change breaks (some of its findings may be lower, e.g. a
    /// stricter bound is breaking on a request and only `info` on a response).
    public var level: ChangeLevel
    /// One line.
    public var summary: String
    /// The oasdiff checks this one corresponds to (their Go constant names), empty when oasdiff has none.
    public var oasdiffIDs: [String]

    public var area: CheckArea { id.hasPrefix(CheckArea.swiftPrefix) ? .swift : .wire }

    public init(id: String, level: ChangeLevel, summary: String, oasdiffIDs: [String] = []) {
        self.id = id
        self.level = level
        self.summary = summary
        self.oasdiffIDs = oasdiffIDs
    }
}
