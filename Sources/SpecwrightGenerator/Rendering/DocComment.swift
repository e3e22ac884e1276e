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
        if let text {
            paragraphs.append(textLines(text))
        }
        if !documentation.notes.isEmpty {
            paragraphs.append(documentation.notes.map { "- \($0)" })
        }
        return paragraphs.filter { !$0.isEmpty }.enumerated().flatMap { index, lines in index == 0 ? lines : [""] + lines }
    }

    /// Splits text into lines at `\n`, `\r\n` or `\r` (a line break left inside a line would end the comment
    /// and turn the rest of the line into code), trimming trailing spaces and outer blank lines.
    private static func textLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current).trimmingTrailingWhitespace())
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current).trimmingTrailingWhitespace())
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
