@testable import SpecwrightGenerator
import SpecwrightModel
import Testing

struct DocCommentTests {
    @Test func longLinesWrapAtWordsWithinTheWidth() {
        let text = String(repeating: "settlement ", count: 25).trimmingTrailingWhitespace()
        let lines = DocComment.lines(Documentation(description: text))
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= DocComment.width + 4 })
        #expect(lines.map { $0.dropFirst(4) }.joined(separator: " ") == text)
    }

    @Test func listItemsContinueUnderTheirText() {
        let item = "- " + String(repeating: "word ", count: 30).trimmingTrailingWhitespace()
        let lines = DocComment.wrapped(item)
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("  word"))
    }

    @Test func codeBlocksAndTablesKeepTheirLines() {
        let code = "```\n" + String(repeating: "x", count: 150) + "\n```\n| " + String(repeating: "y ", count: 80) + "|"
        let lines = DocComment.lines(Documentation(description: code))
        #expect(lines.count == 4)
    }

    @Test func everyKindOfLineBreakEndsALine() {
        let text = "one\ntwo\r\nthree\rfour\u{85}five\u{2028}six\u{2029}seven"
        #expect(DocComment.lines(Documentation(description: text))
            == ["/// one", "/// two", "/// three", "/// four", "/// five", "/// six", "/// seven"])
    }

    @Test func trailingWhitespaceAndOuterBlankLinesGo() {
        let text = "\n  \n  indented \t\nnon-breaking\u{A0}\u{3000}\n\nlast  \n\n"
        #expect(DocComment.lines(Documentation(description: text))
            == ["///   indented", "/// non-breaking", "///", "/// last"])
    }

    @Test func widthCountsCharactersNotBytes() {
        // 20 words of five characters, ten bytes each: 119 characters, so two lines.
        let word = "éééèè"
        let lines = DocComment.wrapped(Array(repeating: word, count: 20).joined(separator: " "))
        #expect(lines.map(\.count) == [95, 23])
        // A space followed by a combining mark is one character, not a place to break.
        let joined = String(repeating: "x", count: 99) + " \u{301}a b"
        #expect(DocComment.wrapped(joined) == [String(repeating: "x", count: 99) + " \u{301}a", "b"])
    }

    @Test func controlAndBidiCharactersAreEscapedInComments() {
        #expect(SwiftEscaping.commentLineText("plain text, tab\there") == "plain text, tab\there")
        #expect(SwiftEscaping.commentLineText("rtl \u{202E} nul \u{0} é") == "rtl \\u{202E} nul \\u{0} é")
    }
}
