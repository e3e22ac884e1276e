import Foundation
import SpecwrightModel

/// The lines of a `///` comment from a spec element's documentation.
enum DocComment {
    static func lines(_ documentation: Documentation) -> [String] {
        textLines(documentation).map { $0.isEmpty ? "///" : "/// \($0)" }
    }

    private static func textLines(_ documentation: Documentation) -> [String] {
        var paragraphs: [[String]] = []
        let text = documentation.description ?? documentation.title ?? documentation.summary
        if let summary = documentation.summary, documentation.description != nil {
            paragraphs.append(textLines(summary))
        }
        if let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            paragraphs.append(textLines(text))
        }
        if !documentation.notes.isEmpty {
            paragraphs.append(documentation.notes.map { "- \($0)" })
        }
        return paragraphs.enumerated().flatMap { index, lines in index == 0 ? lines : [""] + lines }
    }

    /// Splits text into lines, trimming trailing spaces and outer blank lines.
    private static func textLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).replacingOccurrences(of: "\r", with: "").trimmingTrailingWhitespace()
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
