import Testing
@testable import SpecwrightReader

@Suite struct JSONPointerTests {
    @Test(arguments: [("a/b", "a~1b"), ("m~n", "m~0n"), ("~/", "~0~1"), ("plain", "plain"), ("", "")])
    func escapeAndUnescapeAreInverse(key: String, token: String) {
        #expect(JSONPointer.escape(key) == token)
        #expect(JSONPointer.unescape(Substring(token)) == key)
    }

    @Test func tildeZeroOneIsTildeOne() {
        #expect(JSONPointer.unescape("~01") == "~1")
    }

    /// Left to right, as replacing `~1` and then `~0` everywhere would give; a `~` before anything else stays.
    @Test(arguments: [
        ("~~1", "~/"), ("~~01", "~~1"), ("~1~0", "/~"), ("~0~1", "~/"), ("~~10", "~/0"), ("a~", "a~"), ("~x~", "~x~"),
        ("application~1json", "application/json"), ("caf\u{E9}~1\u{301}", "caf\u{E9}/\u{301}"),
    ])
    func unescapeReadsLeftToRight(token: String, key: String) {
        #expect(JSONPointer.unescape(Substring(token)) == key)
    }

    @Test func tokens() {
        #expect(JSONPointer.tokens("") == [])
        #expect(JSONPointer.tokens("/") == [""])
        #expect(JSONPointer.tokens("/a~1b/0//c") == ["a/b", "0", "", "c"])
        #expect(JSONPointer.tokens("a/b") == nil)
    }

    /// RFC 6901 splits at every `/`, also where a key starts with a combining mark (`/` and U+0301 are one
    /// `Character`).
    @Test func tokensSplitAtEverySlashByte() {
        #expect(JSONPointer.tokens("/caf\u{E9}/\u{301}x") == ["caf\u{E9}", "\u{301}x"])
        #expect(JSONPointer.tokens("/\u{301}") == ["\u{301}"])
    }
}
