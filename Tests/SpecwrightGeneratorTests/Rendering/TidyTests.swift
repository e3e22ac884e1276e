@testable import SpecwrightGenerator
import Testing

/// `SwiftRenderer.tidy`: the template artefacts it removes and the lines it keeps.
struct TidyTests {
    @Test func trailingSpacesGoAndEveryLineEndsWithABreak() {
        #expect(SwiftRenderer.tidy("let a = 1   \nlet b = 2") == "let a = 1\nlet b = 2\n")
        #expect(SwiftRenderer.tidy("let a = 1\n") == "let a = 1\n")
    }

    @Test func runsOfBlankLinesBecomeOne() {
        #expect(SwiftRenderer.tidy("a\n\n  \n\nb\n") == "a\n\nb\n")
    }

    @Test func noBlankLineAfterAnOpeningOrBeforeAClosingBrace() {
        #expect(SwiftRenderer.tidy("struct A {\n\n    let a: Int\n\n    }\n\n}\n") == "struct A {\n    let a: Int\n    }\n}\n")
        #expect(SwiftRenderer.tidy("f {   \n\nx\n") == "f {\nx\n")
    }

    @Test func aBraceWithMoreOnItsLineIsNotAClosingLine() {
        #expect(SwiftRenderer.tidy("a\n\n} else {\n") == "a\n\n} else {\n")
    }

    @Test func blankLinesAtTheEndGoAndOneAtTheStartStays() {
        #expect(SwiftRenderer.tidy("\na\n\n\n") == "\na\n")
        #expect(SwiftRenderer.tidy("") == "")
        #expect(SwiftRenderer.tidy("\n\n") == "")
    }

    @Test func nonASCIITextIsKeptByteForByte() {
        #expect(SwiftRenderer.tidy("/// Größe — 大きさ  \n") == "/// Größe — 大きさ\n")
    }
}
