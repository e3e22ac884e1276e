/// The forms a report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line:column: error: message [rule-id]`, one line per finding: what compilers and editors read.
    case text
    /// A stable JSON document, described in `Docs/report-json.md`.
    case json
    /// SARIF 2.1.0, for code-scanning dashboards.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…`), shown as annotations on a pull request.
    case github

    /// The report written in this format, ending with a newline.
    public func write(_ report: Report) -> String {
        switch self {
        case .text: TextReportWriter.write(report)
        case .json: JSONReportWriter.write(report)
        case .sarif: SARIFReportWriter.write(report)
        case .github: GitHubAnnotationWriter.write(report)
        }
    }
}
