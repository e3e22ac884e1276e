/// `file:line:column: error: message [rule-id]`, one line per finding, in report order. Related places are
/// named inside the line (`(first declared here: a.yaml:3:5)`) so that line-based tools never split a finding.
enum TextReportWriter {
    static func write(_ report: Report) -> String {
        var text = ""
        for finding in report.findings {
            if let location = finding.location {
                text += "\(report.displayPath(location.file)):\(location.line):\(location.column): "
            }
            text += "\(finding.level.rawValue): \(singleLine(finding.message))"
            for related in finding.relatedLocations {
                let place = related.location
                text += " (\(singleLine(related.message)): \(report.displayPath(place.file)):\(place.line):\(place.column))"
            }
            text += " [\(finding.rule)]\n"
        }
        return text
    }

    /// Keeps one finding on one line, so that line-based tools never split it.
    private static func singleLine(_ message: String) -> String {
        message.contains(where: \.isNewline) ? message.split(whereSeparator: \.isNewline).joined(separator: " ") : message
    }
}
