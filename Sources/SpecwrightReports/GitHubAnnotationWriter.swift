import Foundation

/// GitHub Actions workflow commands: `::error file=specs/a.yaml,line=3,col=7,title=rule-id::message`.
///
/// A workflow step that prints these shows each finding as an annotation on the pull request's diff.
enum GitHubAnnotationWriter {
    static func write(_ report: Report) -> String {
        var text = ""
        for finding in report.findings {
            var properties: [String] = []
            if let location = finding.location {
                properties.append("file=\(escapeProperty(report.displayPath(location.file)))")
                properties.append("line=\(location.line)")
                properties.append("col=\(location.column)")
            }
            properties.append("title=\(escapeProperty(finding.rule))")
            text += "::\(command(for: finding.level)) \(properties.joined(separator: ","))::\(escapeData(finding.message))\n"
        }
        return text
    }

    private static func command(for level: FindingLevel) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }

    /// The runner's escaping of a command's message (`%`, carriage return, line feed).
    private static func escapeData(_ text: String) -> String {
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": escaped += "%25"
            case "\r": escaped += "%0D"
            case "\n": escaped += "%0A"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A property value also escapes `:` and `,`, which separate properties.
    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
