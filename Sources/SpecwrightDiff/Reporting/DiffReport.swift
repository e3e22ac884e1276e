import SpecwrightReports

/// Turns changes into the shared `Report` that every output format writes: the new side is the finding's
/// place (what a pull request annotates), the old side its related location.
public enum DiffReport {
    public static let tool = Report.Tool(
        name: "specwright-diff", version: "0.1.0",
        informationURI: "https://github.com/specwright/specwright/blob/main/Docs/diff.md"
    )

    /// Every check as a report rule, in catalogue order.
    public static let rules: [RuleDescription] = CheckCatalog.all.map(\.rule)

    /// `oldRevision` names the old side's git revision in related locations (`old version (origin/main)`).
    public static func make(_ changes: [Change], oldRevision: String? = nil, baseDirectory: String?) -> Report {
        let oldVersion = oldRevision.map { "old version (\($0))" } ?? "old version"
        let findings = changes.map { change in
            Finding(
                rule: change.checkID, level: change.level.findingLevel, message: change.message,
                location: ReportLocation(change.new),
                relatedLocations: [RelatedLocation(location: ReportLocation(change.old), message: oldVersion)]
            )
        }
        return Report(tool: tool, rules: rules, findings: findings, baseDirectory: baseDirectory)
    }
}

extension ChangeLevel {
    /// Reports speak compilers' levels: breaking is an error, info a note.
    public var findingLevel: FindingLevel {
        switch self {
        case .breaking: .error
        case .warning: .warning
        case .info: .note
        }
    }
}

extension ReportLocation {
    init(_ location: ChangeLocation) {
        self.init(file: location.file, line: location.line, column: location.column, pointer: location.pointer)
    }
}

extension CheckDescription {
    var rule: RuleDescription {
        let counterpart = oasdiffIDs.isEmpty
            ? "oasdiff has no error-level check for it."
            : "oasdiff: \(oasdiffIDs.joined(separator: ", "))."
        let area = area == .swift
            ? "Compares the public declarations of the generated Swift module, matched by wire name."
            : "Compares the HTTP wire: stricter on a request or looser on a response breaks clients."
        return RuleDescription(
            id: id, shortDescription: summary, fullDescription: "\(area) \(counterpart)", defaultLevel: level.findingLevel,
            help: "If the change is intended, release it as a new API version, or ignore it in generator.yaml "
                + "(`diff.ignore`, by check ID and JSON pointer)."
        )
    }
}
