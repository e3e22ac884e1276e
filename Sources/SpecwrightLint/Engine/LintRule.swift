import SpecwrightReports

/// One lint rule: a small type with its description and its check.
///
/// A rule reads the model (`context.model`) and, where it needs positions or keys the model does not keep,
/// the spec's node tree (`context.spec`). It reports each problem once, at the node it is about; the linter
/// applies the configured level and the ignores.
public protocol LintRule: Sendable {
    /// The ID, default level, one-line description, explanation and help, as the catalogue and SARIF show them.
    static var description: RuleDescription { get }
    /// The equivalent rules of other linters, for those who migrate.
    static var counterparts: Counterparts { get }

    init()

    func check(_ context: LintContext, _ findings: inout RuleFindings)
}

extension LintRule {
    public static var counterparts: Counterparts { Counterparts() }
}

/// The names another linter gives the same check (Spectral's `oas` ruleset, Redocly's `recommended`).
public struct Counterparts: Sendable, Hashable {
    public var spectral: [String]
    public var redocly: [String]

    public init(spectral: [String] = [], redocly: [String] = []) {
        self.spectral = spectral
        self.redocly = redocly
    }
}

/// What one rule found in one spec, before the configuration sets levels and ignores.
public struct RuleFindings: Sendable {
    public struct Entry: Sendable {
        public var message: String
        public var location: ReportLocation
        public var related: [RelatedLocation]
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func report(_ message: String, at location: ReportLocation, related: [RelatedLocation] = []) {
        entries.append(Entry(message: message, location: location, related: related))
    }
}
