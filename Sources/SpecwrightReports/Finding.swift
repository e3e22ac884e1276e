/// How serious a finding is. The order matters: `error` > `warning` > `note` (a failing threshold compares).
public enum FindingLevel: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case note
    case warning
    case error

    public static func < (lhs: FindingLevel, rhs: FindingLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a finding is: a file position, and the JSON pointer of the node within that file when known.
public struct ReportLocation: Sendable, Hashable {
    /// The path as the tool read it (absolute, or relative to the working directory).
    public var file: String
    /// 1-based.
    public var line: Int
    /// 1-based, in characters.
    public var column: Int
    /// The node's JSON pointer within `file` (`/paths/~1pets/get`), `nil` when the finding is not about a node.
    public var pointer: String?

    public init(file: String, line: Int, column: Int, pointer: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
    }
}

/// One thing a tool reports: a lint finding, a difference between two specs, an invalid payload.
public struct Finding: Sendable, Hashable {
    /// The rule's stable ID (`operation-operationId-unique`).
    public var rule: String
    public var level: FindingLevel
    public var message: String
    /// `nil` only for findings about no place in particular.
    public var location: ReportLocation?
    /// Other places the finding concerns, e.g. the first of two duplicates, or the old side of a change.
    public var relatedLocations: [RelatedLocation]

    public init(rule: String, level: FindingLevel, message: String, location: ReportLocation?,
                relatedLocations: [RelatedLocation] = []) {
        self.rule = rule
        self.level = level
        self.message = message
        self.location = location
        self.relatedLocations = relatedLocations
    }
}

/// A secondary place of a finding, with what it is (`first declared here`, `old version`).
public struct RelatedLocation: Sendable, Hashable {
    public var location: ReportLocation
    public var message: String

    public init(location: ReportLocation, message: String) {
        self.location = location
        self.message = message
    }
}
