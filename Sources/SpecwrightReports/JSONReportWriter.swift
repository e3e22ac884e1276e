import Foundation

/// The stable JSON shape documented in `Docs/report-json.md`: keys sorted, paths as in the text form.
enum JSONReportWriter {
    struct Document: Encodable {
        var version = 1
        var tool: String
        var toolVersion: String
        var summary: [String: Int]
        var findings: [Entry]
    }

    struct Entry: Encodable {
        var rule: String
        var level: FindingLevel
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var pointer: String?
        var related: [Related]
    }

    struct Related: Encodable {
        var message: String
        var file: String
        var line: Int
        var column: Int
        var pointer: String?
    }

    static func write(_ report: Report) -> String {
        let document = Document(
            tool: report.tool.name,
            toolVersion: report.tool.version,
            summary: Dictionary(uniqueKeysWithValues: FindingLevel.allCases.map { ($0.rawValue, report.count(of: $0)) }),
            findings: report.findings.map { finding in
                Entry(
                    rule: finding.rule, level: finding.level, message: finding.message,
                    file: finding.location.map { report.displayPath($0.file) }, line: finding.location?.line,
                    column: finding.location?.column, pointer: finding.location?.pointer,
                    related: finding.relatedLocations.map {
                        Related(message: $0.message, file: report.displayPath($0.location.file), line: $0.location.line,
                                column: $0.location.column, pointer: $0.location.pointer)
                    }
                )
            }
        )
        return ReportEncoding.json(document)
    }
}

enum ReportEncoding {
    /// Pretty-printed, keys sorted, slashes unescaped: the same bytes for the same report on every machine.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and integers cannot fail.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
