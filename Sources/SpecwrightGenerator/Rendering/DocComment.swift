import SpecwrightModel

/// The lines of a `///` comment from a spec element's documentation.
///
/// Every line's text goes through `SwiftEscaping.commentLineText`, so no spec text can end the comment.
enum DocComment {
    /// Text lines are wrapped at this many characters, as a person would write them.
    static let width = 100

    static func lines(_ documentation: Documentation) -> [String] {
        var isInCodeBlock = false
        return textLines(documentation).flatMap { line -> [String] in
            if line.hasPrefix("```") { isInCodeBlock.toggle() }
            // Code, tables and headings keep their lines as written.
            let keepsLayout = isInCodeBlock || line.hasPrefix("```") || line.hasPrefix("|") || line.hasPrefix("#")
            return (keepsLayout ? [line] : wrapped(line)).map { $0.isEmpty ? "///" : "/// " + SwiftEscaping.commentLineText($0) }
        }
    }

    /// Breaks a long line at spaces; a list item's continuation lines are indented under its text.
    static func wrapped(_ line: String) -> [String] {
        guard line.count > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        let isListItem = line.dropFirst(leading.count).hasPrefix("- ")
        let continuation = leading + (isListItem ? "  " : "")
        var result: [String] = []
        var current = ""
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true) {
            let prefix = result.isEmpty ? leading : continuation
            if !current.isEmpty, prefix.count + current.count + 1 + word.count > width {
                result.append(prefix + current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        result.append((result.isEmpty ? leading : continuation) + current)
        return result
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

    /// Splits text into lines at `\n`, `\r\n`, `\r`, NEL, U+2028 or U+2029, trimming trailing spaces and outer
    /// blank lines. (Breaks left inside a line, as in a note quoting a pattern, are escaped when written.)
    private static func textLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            if Self.lineBreaks.contains(scalar) {
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

    private static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
