import Foundation

/// SARIF 2.1.0 (OASIS): one run, the driver's rules with their descriptions, default level and help, and one
/// result per finding. Paths below the report's base directory are relative to `%SRCROOT%`.
enum SARIFReportWriter {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let sourceRoot = "%SRCROOT%"

    struct Log: Encodable {
        var schema = SARIFReportWriter.schemaURI
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]?
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var defaultConfiguration: Configuration
        var help: Message
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var logicalLocations: [LogicalLocation]?
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
        var kind = "member"
    }

    static func write(_ report: Report) -> String {
        let ruleIndex = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = report.findings.map { finding in
            Result(
                ruleId: finding.rule,
                ruleIndex: ruleIndex[finding.rule],
                level: level(finding.level),
                message: Message(text: finding.message),
                locations: finding.location.map { [location($0, in: report)] } ?? [],
                relatedLocations: finding.relatedLocations.isEmpty ? nil : finding.relatedLocations.enumerated().map {
                    var related = location($1.location, in: report)
                    related.id = $0
                    related.message = Message(text: $1.message)
                    return related
                }
            )
        }
        let run = Run(
            tool: Tool(driver: Driver(
                name: report.tool.name, version: report.tool.version, informationUri: report.tool.informationURI,
                rules: report.rules.map { rule in
                    Rule(id: rule.id, shortDescription: Message(text: rule.shortDescription),
                         fullDescription: Message(text: rule.fullDescription),
                         defaultConfiguration: Configuration(level: level(rule.defaultLevel)), help: Message(text: rule.help))
                }
            )),
            originalUriBaseIds: report.baseDirectory.map { [sourceRoot: ArtifactLocation(uri: directoryURI($0))] },
            results: results
        )
        return ReportEncoding.json(Log(runs: [run]))
    }

    private static func level(_ level: FindingLevel) -> String {
        level.rawValue  // SARIF's levels are `error`, `warning` and `note` too.
    }

    private static func location(_ location: ReportLocation, in report: Report) -> Location {
        let path = report.displayPath(location.file)
        let artifact = path == location.file
            ? ArtifactLocation(uri: fileURI(path), uriBaseId: nil)
            : ArtifactLocation(uri: relativeURI(path), uriBaseId: sourceRoot)
        return Location(
            physicalLocation: PhysicalLocation(artifactLocation: artifact,
                                               region: Region(startLine: location.line, startColumn: location.column)),
            logicalLocations: location.pointer.map { [LogicalLocation(fullyQualifiedName: $0.isEmpty ? "/" : $0)] }
        )
    }

    private static func relativeURI(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    private static func fileURI(_ path: String) -> String {
        path.hasPrefix("/") ? "file://" + relativeURI(path) : relativeURI(path)
    }

    private static func directoryURI(_ directory: String) -> String {
        fileURI(directory.hasSuffix("/") ? directory : directory + "/")
    }
}
