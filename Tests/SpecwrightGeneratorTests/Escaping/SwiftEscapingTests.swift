@testable import SpecwrightGenerator
import SpecwrightModel
import Testing

struct SwiftEscapingTests {
    @Test(arguments: [
        ("say \"meow\"", #"say \"meow\""#),
        (#"C:\path\(x)"#, #"C:\\path\\(x)"#),
        (#"""" triple"#, #"\"\"\" triple"#),
        (##"#"raw"#"##, ##"#\"raw\"#"##),
        ("a\nb\r\nc\td", #"a\nb\r\nc\td"#),
        ("nul\u{0}end", #"nul\u{0}end"#),
        ("ls\u{2028}ps\u{2029}nel\u{85}", #"ls\u{2028}ps\u{2029}nel\u{85}"#),
        ("\u{202E}abc\u{202C} \u{2066}x\u{2069} \u{200F}", #"\u{202E}abc\u{202C} \u{2066}x\u{2069} \u{200F}"#),
        ("del\u{7F} bom\u{FEFF}", #"del\u{7F} bom\u{FEFF}"#),
        ("café ✓ */", "café ✓ */"),
    ])
    func stringLiteralContentIsInertInsideQuotes(input: String, expected: String) {
        #expect(SwiftEscaping.stringLiteralContent(input) == expected)
    }

    @Test(arguments: [
        ("Pattern: `^a\nfunc x() {}`", #"Pattern: `^a\nfunc x() {}`"#),
        ("cr\r lf\n crlf\r\n", #"cr\r lf\n crlf\r\n"#),
        ("ls\u{2028}ps\u{2029}nel\u{85}vt\u{B}ff\u{C}", #"ls\u{2028}ps\u{2029}nel\u{85}vt\u{B}ff\u{C}"#),
        ("\u{202E}evil\u{202C} \u{2067}", #"\u{202E}evil\u{202C} \u{2067}"#),
        ("nul\u{0}", #"nul\u{0}"#),
        ("quotes \" and \\ and */ stay", "quotes \" and \\ and */ stay"),
        ("tab\tstays", "tab\tstays"),
    ])
    func commentLineTextCannotEndTheLine(input: String, expected: String) {
        let escaped = SwiftEscaping.commentLineText(input)
        #expect(escaped == expected)
        #expect(!escaped.unicodeScalars.contains { SwiftEscaping.needsUnicodeEscape($0) || $0 == "\n" || $0 == "\r" })
    }

    @Test(arguments: [
        ("accountId", "accountId"),
        ("`default`", "`default`"),
        ("_2fa", "_2fa"),
        ("Customer", "Customer"),
        ("func", "`func`"),
        ("2fa", "_2fa"),
        ("", "value"),
        ("a\"b; func x() {}", "aBFuncX"),
        ("Account\nfunc", "AccountFunc"),
        ("`x\n`", "x"),
    ])
    func identifierIsAlwaysValid(input: String, expected: String) {
        let name = SwiftEscaping.identifier(input)
        #expect(name == expected)
        #expect(SwiftEscaping.isIdentifierShaped(SwiftNaming.unescaped(name)))
    }

    @Test func docCommentsBreakProseAtEveryKindOfLineBreak() {
        let lines = DocComment.lines(Documentation(
            description: "one\u{2028}two\u{2029}three\u{85}four\rfive",
            notes: ["Pattern: `a\nfunc injected() {}`"]
        ))
        #expect(lines == ["/// one", "/// two", "/// three", "/// four", "/// five", "///", #"/// - Pattern: `a\nfunc injected() {}`"#])
    }
}
