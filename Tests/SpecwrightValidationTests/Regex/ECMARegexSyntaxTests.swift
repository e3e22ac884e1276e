import Testing

@testable import SpecwrightValidation

/// The grammar is ECMA-262's with the `u` flag. Every pattern below was checked against V8 (`new RegExp(p, "u")`),
/// except the ES2025 additions V8 20 lacks (modifiers, repeated group names), marked as such.
@Suite struct ECMARegexSyntaxTests {
    @Test(arguments: [
        "", "a|", "|", "(?:)", "()", "[]", "[^]", "\\cA", "\\cz", "(?<name>x)\\k<name>", "(?<=a+)b", "(?<!a)b",
        "a{2,}", "a{0}", "a{0,0}", "\\u{10FFFF}", "\\uD83D\\uDE00", "\\uD83D", "[\\d-]", "[-a]", "[a-]", "[\\-]",
        "\\/", "/", "\\p{L}", "\\p{gc=Lu}", "\\p{General_Category=Letter}", "\\P{Nd}", "\\p{Alphabetic}",
        "\\p{Any}", "\\p{ASCII}", "\\0", "[\\0]", "[\\b]", "x*?", "x{1,2}?", "(?!a)b", "\\k<a>(?<a>b)", "\\1(a)",
        "a{99999999999}", "[a-b-c]", "[--a]", "[\\w-]", "\\$\\^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\\\",
        "(?<$_\\u0061>x)", "(?<ünï>x)", "[\\u{1F600}-\\u{1F64F}]", "\\x41\\u0041\\u{41}", "\\t\\n\\v\\f\\r",
        "[\\s\\S]", "\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{LC}\\p{Cased_Letter}\\p{punct}\\p{cntrl}\\p{Combining_Mark}",
        // ES2025: a name may repeat in different alternatives; modifiers groups.
        "(?<a>x)|(?<a>y)", "(?:(?<a>x)|(?<a>y))\\k<a>", "(?m:^a$)", "(?s:.)", "(?-i:a)", "(?ms-i:a)", "(?s-m:a)",
    ])
    func acceptsValidPattern(_ pattern: String) throws {
        let regex = try ECMARegex(pattern)
        #expect(regex.pattern == pattern)
        try ECMARegex.validateSyntax(pattern)
    }

    @Test(arguments: [
        ("\\a", 0, "invalid escape"),
        ("(?P<name>x)", 0, "invalid group"),
        ("(?P<n>a)(?P=n)", 0, "invalid group"),
        ("(?#comment)a", 0, "invalid group"),
        ("(?i)abc", 0, "invalid group"),
        ("(?ims)abc", 0, "invalid group"),
        ("^(abc]", 5, "lone ']'"),
        ("a{", 1, "incomplete quantifier"),
        ("a{1", 1, "incomplete quantifier"),
        ("a{,5}", 1, "incomplete quantifier"),
        ("{1}", 0, "nothing to repeat"),
        ("{", 0, "lone quantifier bracket"),
        ("}", 0, "lone quantifier bracket"),
        ("a**", 2, "nothing to repeat"),
        ("*", 0, "nothing to repeat"),
        ("(?=a)*", 5, "assertion cannot be quantified"),
        ("(?<=a)?", 6, "assertion cannot be quantified"),
        ("\\b+", 2, "assertion cannot be quantified"),
        ("^*", 1, "assertion cannot be quantified"),
        ("[z-a]", 1, "range out of order"),
        ("[\\d-z]", 1, "range endpoint"),
        ("[a-\\d]", 1, "range endpoint"),
        ("\\1", 0, "does not exist"),
        ("(a)\\2", 3, "does not exist"),
        ("\\k<x>", 0, "does not exist"),
        ("\\k", 0, "group name"),
        ("(?<a>x)(?<a>y)", 7, "duplicate capture group name"),
        ("(?<a>x(?<a>y)|z)", 6, "duplicate capture group name"),
        ("\\00", 0, "octal"),
        ("\\8", 0, "does not exist"),
        ("\\c1", 0, "ASCII letter"),
        ("\\x4", 0, "two hexadecimal digits"),
        ("\\u12", 0, "four hexadecimal digits"),
        ("\\u{110000}", 0, "10FFFF"),
        ("\\u{}", 0, "10FFFF"),
        ("\\p{Foo}", 0, "unknown Unicode property 'Foo'"),
        ("\\p{l}", 0, "unknown Unicode property"),
        ("\\p{gc=Foo}", 0, "unknown General_Category value"),
        ("\\p{L", 0, "unterminated"),
        ("\\pL", 0, "{property}"),
        ("(", 0, "unterminated group"),
        ("a)", 1, "unmatched ')'"),
        ("(?<>x)", 4, "empty group name"),
        ("(?<1a>x)", 3, "invalid character in group name"),
        ("(?-:a)", 0, "at least one modifier"),
        ("(?ii:a)", 3, "more than once"),
        ("(?i-i:a)", 4, "more than once"),
        ("a{2,1}", 1, "out of order"),
        ("\\-", 0, "invalid escape"),
        ("[\\B]", 1, "invalid escape"),
        ("[\\1]", 1, "invalid escape"),
        ("[\\k]", 1, "invalid escape"),
        ("\\", 0, "end of pattern"),
        ("[a", 0, "unterminated character class"),
        ("\\Z", 0, "invalid escape"),
        ("\\A", 0, "invalid escape"),
    ] as [(String, Int, String)])
    func rejectsInvalidPattern(_ pattern: String, offset: Int, message: String) {
        do {
            _ = try ECMARegex(pattern)
            Issue.record("\(pattern) was accepted")
        } catch {
            #expect(error.offset == offset, "\(pattern): \(error)")
            #expect(error.message.contains(message), "\(pattern): \(error)")
            #expect(!error.isUnsupported)
        }
        #expect {
            try ECMARegex.validateSyntax(pattern)
        } throws: { error in
            (error as? ECMARegex.SyntaxError)?.offset == offset
        }
    }

    @Test(arguments: ["\\p{Script=Greek}", "\\p{sc=Latn}", "\\p{scx=Latn}", "\\p{Extended_Pictographic}", "a(?i:b)"])
    func reportsValidButUnsupportedPattern(_ pattern: String) {
        #expect {
            _ = try ECMARegex(pattern)
        } throws: { error in
            (error as? ECMARegex.SyntaxError)?.isUnsupported == true
        }
        #expect {
            try ECMARegex.validateSyntax(pattern)
        } throws: { error in
            (error as? ECMARegex.SyntaxError)?.isUnsupported == true
        }
    }

    @Test func describesTheError() {
        #expect(ECMARegex.SyntaxError(offset: 3, message: "lone ']'").description
            == "invalid regular expression at offset 3: lone ']'")
    }

    @Test func nestingDeeperThanTheLimitIsAnErrorNotACrash() throws {
        let limit = RegexParser.maximumNestingDepth
        let atLimit = String(repeating: "(", count: limit) + "a" + String(repeating: ")", count: limit)
        #expect(try ECMARegex(atLimit).matches("xa"))

        for depth in [limit + 1, 10_000, 200_000] {
            let tooDeep = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
            #expect {
                _ = try ECMARegex(tooDeep)
            } throws: { error in
                (error as? ECMARegex.SyntaxError)?.offset == limit
            }
            #expect(throws: ECMARegex.SyntaxError.self) { try ECMARegex(String(repeating: "(?:", count: depth)) }
            #expect(throws: ECMARegex.SyntaxError.self) { try ECMARegex(String(repeating: "(?=", count: depth)) }
        }
    }

    @Test func equalityAndHashingFollowThePattern() throws {
        let first = try ECMARegex("^[a-z]+$")
        let second = try ECMARegex("^[a-z]+$")
        let other = try ECMARegex("^[a-z]*$")
        #expect(first == second)
        #expect(first != other)
        #expect(Set([first, second, other]).count == 2)
    }
}
