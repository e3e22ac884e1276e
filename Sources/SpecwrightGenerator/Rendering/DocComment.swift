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
        // A line of at most `width` bytes has at most `width` characters: most lines end here, uncounted. In
        // an ASCII line (nearly all) a character is a byte (no `\r\n` is left inside a line).
        let isASCII = line.utf8.allSatisfy { $0 < 0x80 }
        guard line.utf8.count > width, isASCII || line.count > width else { return [line] }
        let leadingCount = line.prefix { $0 == " " }.count
        let leading = String(repeating: " ", count: leadingCount)
        let text = line.dropFirst(leadingCount)
        let continuation = leading + (text.hasPrefix("- ") ? "  " : "")
        let continuationCount = continuation.utf8.count
        var result: [String] = []
        var current = ""
        // Characters in `current`, kept as words are added instead of counted again for every word. The counts
        // add up: `split` found each space as a character of its own, so it joins nothing on either side.
        var currentCount = 0
        let words = isASCII
            ? text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
            : text.split(separator: " ", omittingEmptySubsequences: true)
        for word in words {
            let prefixCount = result.isEmpty ? leadingCount : continuationCount
            let wordCount = isASCII ? word.utf8.count : word.count
            if !current.isEmpty, prefixCount + currentCount + 1 + wordCount > width {
                result.append((result.isEmpty ? leading : continuation) + current)
                current = String(word)
                currentCount = wordCount
            } else if current.isEmpty {
                current = String(word)
                currentCount = wordCount
            } else {
                current += " " + word
                currentCount += 1 + wordCount
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
        let scalars = text.unicodeScalars
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = lineStart
        // The breaks, in UTF-8: 0A, 0D, C2 85, E2 80 A8 and E2 80 A9; everything else is part of a line.
        while index != utf8.endIndex {
            let byte = utf8[index]
            var next = utf8.index(after: index)
            let isBreak: Bool
            switch byte {
            case 0x0A:
                isBreak = true
            case 0x0D:
                isBreak = true
                if next != utf8.endIndex, utf8[next] == 0x0A { utf8.formIndex(after: &next) }
            case 0xC2:
                isBreak = next != utf8.endIndex && utf8[next] == 0x85
                if isBreak { utf8.formIndex(after: &next) }
            case 0xE2:
                // A lead byte of three: the two after it are there (a `String` is valid UTF-8).
                let second = utf8.index(after: next)
                isBreak = utf8[next] == 0x80 && (utf8[second] == 0xA8 || utf8[second] == 0xA9)
                if isBreak { next = utf8.index(after: second) }
            default:
                isBreak = false
            }
            if isBreak {
                lines.append(String(scalars[lineStart..<index]).trimmingTrailingWhitespace())
                lineStart = next
            }
            index = next
        }
        lines.append(String(scalars[lineStart..<utf8.endIndex]).trimmingTrailingWhitespace())
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        // Most lines end in a letter or punctuation: nothing to trim, nothing to copy.
        if let last = utf8.last, last > 0x20, last < 0x80 { return self }
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
