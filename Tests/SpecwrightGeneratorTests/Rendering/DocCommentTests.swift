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
}
