import Testing

@testable import SpecwrightValidation

/// Matching semantics, topic by topic. Each expectation holds for JavaScript's `new RegExp(p, "u").test(s)`, and
/// every engine that can run the pattern must agree with it (`expectMatch` checks them all).
@Suite struct ECMARegexMatchingTests {
    /// The places where ICU (`NSRegularExpression`) and most other engines answer differently.
    @Test func differsFromICUWhereECMADoes() throws {
        try expectMatch("^abc$", [("abc", true), ("abc\n", false), ("\nabc", false)])
        try expectMatch("abc$", [("xabc", true), ("abc\r\n", false)])
        try expectMatch("^\\d+$", [("0123456789", true), ("٣", false), ("৪২", false), ("１", false)])
        try expectMatch("^\\w+$", [("a_Z9", true), ("é", false), ("ß", false), ("\u{17F}", false)])
        try expectMatch("^\\W$", [("é", true), ("a", false), ("_", false)])
        try expectMatch("^.$", [("\n", false), ("\r", false), ("\u{2028}", false), ("\u{2029}", false)])
        try expectMatch("^.$", [("\u{85}", true), ("\u{0B}", true), ("\t", true)])
        try expectMatch("^\\s$", [
            (" ", true), ("\t", true), ("\u{0B}", true), ("\u{0C}", true), ("\u{A0}", true), ("\u{FEFF}", true),
            ("\n", true), ("\r", true), ("\u{2028}", true), ("\u{2029}", true), ("\u{1680}", true),
            ("\u{2003}", true), ("\u{202F}", true), ("\u{3000}", true), ("\u{85}", false), ("\u{180E}", false),
            ("\u{200B}", false), ("\u{1}", false), ("\u{2013}", false),
        ])
        try expectMatch("^\\S$", [("\u{A0}", false), ("\u{200B}", true), ("x", true)])
        try expectMatch("\\bfoo\\b", [("a foo.", true), ("foobar", false), ("éfooé", true)])
        try expectMatch("\\Bfoo", [("xfoo", true), (" foo", false), ("éfoo", false)])
    }

    @Test func matchesCodePointsNotGraphemesOrUTF16() throws {
        try expectMatch("^.$", [("😀", true), ("é", true), ("e\u{301}", false), ("🇩🇪", false), ("👍🏽", false)])
        try expectMatch("^.{2}$", [("e\u{301}", true), ("🇩🇪", true), ("😀😀", true), ("😀", false)])
        try expectMatch("^[^a]$", [("😀", true), ("a", false)])
        try expectMatch("^🐲*$", [("", true), ("🐲🐲", true), ("🐉", false), ("D", false)])
        try expectMatch("^[😀-🙏]+$", [("😀🙏😇", true), ("😀a", false), ("🤖", false)])
        try expectMatch("^\\u{1F600}$", [("😀", true), ("\u{1F601}", false)])
        try expectMatch("^\\uD83D\\uDE00$", [("😀", true)])
        try expectMatch("\\uD83D", [("😀", false), ("x", false)])
        try expectMatch("^[\\uD83D\\uDE00]$", [("😀", true)])
        try expectMatch("^\\u{10FFFF}$", [("\u{10FFFF}", true)])
        try expectMatch("(?<=😀)x", [("😀x", true), ("x", false)])
        try expectMatch("^é$", [("é", true), ("e\u{301}", false)])
    }

    @Test func characterClasses() throws {
        try expectMatch("^[a-c]+$", [("abcba", true), ("abd", false)])
        try expectMatch("^[^a-c]$", [("d", true), ("b", false), ("\n", true)])
        try expectMatch("^[\\d-]+$", [("1-2", true), ("a", false)])
        try expectMatch("^[-a]$", [("-", true), ("a", true), ("b", false)])
        try expectMatch("^[a-b-c]$", [("-", true), ("c", true), ("b", true), ("d", false)])
        try expectMatch("^[\\w.+-]+@[\\w-]+\\.[a-z]{2,}$", [("ana.b+c@x-y.com", true), ("ana@x.c", false)])
        try expectMatch("[]", [("", false), ("a", false), ("[]", false)])
        try expectMatch("^[^]$", [("\n", true), ("😀", true), ("", false)])
        try expectMatch("^[\\b]$", [("\u{8}", true), ("b", false)])
        try expectMatch("^[\\s\\S]{3}$", [("a\nb", true)])
        try expectMatch("^[\\]\\\\^-]+$", [("]\\^-", true), ("a", false)])
        try expectMatch("^[\\-]$", [("-", true)])
        try expectMatch("^[.]$", [(".", true), ("a", false)])
    }

    @Test func escapes() throws {
        try expectMatch("^\\t\\n\\v\\f\\r$", [("\t\n\u{0B}\u{0C}\r", true)])
        try expectMatch("^\\cJ\\cj\\cA$", [("\n\n\u{1}", true)])
        try expectMatch("^\\x41\\u0042\\u{43}\\0$", [("ABC\u{0}", true)])
        try expectMatch("^\\$\\^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\\\\\/$", [("$^.*+?()[]{}|\\/", true)])
        try expectMatch("^\\t$", [("\\t", false), ("\t", true)])
    }

    @Test func quantifiersCountExactly() throws {
        try expectMatch("^a{2,3}$", [("a", false), ("aa", true), ("aaa", true), ("aaaa", false)])
        try expectMatch("^a{2}$", [("aa", true), ("aaa", false)])
        try expectMatch("^a{2,}$", [("a", false), ("aaaaaaa", true)])
        try expectMatch("^a{0}$", [("", true), ("a", false)])
        try expectMatch("^(?:ab){1,2}?c$", [("abc", true), ("ababc", true), ("abababc", false)])
        try expectMatch("^a*?b+?c??$", [("aabbc", true), ("b", true), ("c", false)])
        try expectMatch("^x{0,1000}$", [(String(repeating: "x", count: 1000), true), (String(repeating: "x", count: 1001), false)])
        try expectMatch("^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$", [
            ("DE89370400440532013000", true), ("de89370400440532013000", false), ("DE8", false),
        ])
        try expectMatch("^(?:)*$", [("", true), ("a", false)])
        try expectMatch("^(a*)*b$", [("aaab", true), ("aaa", false)])
        try expectMatch("^(a|ab)(c|bcd)(d*)$", [("abcd", true)])
    }

    @Test func alternationAndGroups() throws {
        try expectMatch("^(?:cat|dog)s?$", [("cats", true), ("dog", true), ("cow", false)])
        try expectMatch("^(a|)+$", [("", true), ("aaa", true)])
        try expectMatch("a|", [("", true), ("b", true)])
        try expectMatch("^(?<year>\\d{4})-(?<month>\\d{2})$", [("2024-05", true), ("2024-5", false)])
        try expectMatch("^((((((a))))))$", [("a", true)])
    }

    @Test func anchorsAreWholeInputWithoutTheMultilineModifier() throws {
        try expectMatch("^b", [("a\nb", false), ("b", true)])
        try expectMatch("a$", [("a\nb", false)])
        try expectMatch("(?m:^b)", [("a\nb", true), ("a\u{2028}b", true), ("ab", false)])
        try expectMatch("(?m:a$)", [("a\nb", true), ("a\rb", true), ("ab", false)])
        try expectMatch("(?m:^$)", [("a\n\nb", true), ("a\nb", false)])
        try expectMatch("(?s:^.$)", [("\n", true)])
        try expectMatch("(?s:(?-s:^.$))", [("\n", false)])
        try expectMatch("^a|b$", [("ab", true), ("ba", false)])
        try expectMatch("x^", [("x", false)])
        try expectMatch("$x", [("x", false)])
    }

    @Test func lookarounds() throws {
        try expectMatch("^(?=.*\\d)(?=.*[A-Z]).{8,}$", [("Passw0rdX", true), ("password1", false), ("Pa1", false)])
        try expectMatch("^(?!.*password).*$", [("hello", true), ("mypassword", false)])
        try expectMatch("(?<=\\$)\\d+", [("cost: $42", true), ("cost: 42", false)])
        try expectMatch("(?<!\\$)\\b\\d+", [("$42", false), ("€42", true)])
        try expectMatch("(?<=a+)b", [("aaab", true), ("b", false)])
        try expectMatch("(?<=^a{2,3})b", [("aab", true), ("aaab", true), ("ab", false), ("aaaab", false)])
        try expectMatch("(?<=(?<!x)a)b", [("ab", true), ("xab", false)])
        try expectMatch("(?=(?<=ab)c)", [("abc", true), ("xbc", false)])
        try expectMatch("a(?=b(?!c))", [("abd", true), ("abc", false)])
        try expectMatch("(?<=\\b)x(?=\\b)", [("a x b", true), ("axb", false)])
        try expectMatch("^(?:(?=a)\\w)+$", [("aaa", true), ("aab", false)])
    }

    @Test func backreferences() throws {
        try expectMatch("^(a+)\\1$", [("aaaa", true), ("aaa", false)])
        try expectMatch("^(?<q>['\"]).*\\k<q>$", [("'abc'", true), ("\"abc'", false)])
        try expectMatch("^(\\w+) \\1$", [("hey hey", true), ("hey you", false)])
        // A group that did not participate matches the empty string.
        try expectMatch("^(?:(a)|b)\\1$", [("b", true), ("aa", true), ("a", false)])
        // ECMA-262 resets the captures inside a quantified group at each iteration (Perl and ICU do not).
        try expectMatch("^(?:(a)|b)+\\1$", [("ab", true), ("aba", false), ("abaa", true)])
        // A forward reference is empty.
        try expectMatch("^\\1(a)$", [("a", true)])
        // Inside a lookbehind, matching runs right to left, so the group is matched before the reference.
        try expectMatch("(?<=\\1(a))b", [("aab", true), ("ab", false)])
        try expectMatch("(?<=(a)\\1)b", [("ab", true)])
        try expectMatch("^(?:(?<n>a)|(?<n>b))\\k<n>$", [("aa", true), ("bb", true), ("ab", false)])
        try expectMatch("(😀)\\1", [("😀😀", true), ("😀😁", false)])
        try expectMatch("^(?=(a+))a*b\\1$", [("aaaba", false), ("aaabaaa", true)])
        try expectMatch("^(?!(a)b)\\1?a", [("ac", true), ("ab", false)])
    }

    @Test func unicodePropertyEscapes() throws {
        try expectMatch("^\\p{L}+$", [("école", true), ("Ωμέγα", true), ("日本", true), ("a1", false)])
        try expectMatch("^\\p{Letter}cole", [("école", true)])
        try expectMatch("^\\p{Lu}\\p{Ll}+$", [("Émile", true), ("émile", false)])
        try expectMatch("^\\p{gc=Nd}+$", [("৪২", true), ("42", true), ("4a", false)])
        try expectMatch("^\\p{digit}+$", [("৪২", true)])
        try expectMatch("^\\P{L}+$", [("123 !", true), ("a", false)])
        try expectMatch("^[\\p{L}\\p{N}_-]+$", [("a_1-ß", true), ("a b", false)])
        try expectMatch("^[^\\p{L}]$", [("1", true), ("a", false)])
        try expectMatch("^\\p{Sc}$", [("€", true), ("$", true), ("E", false)])
        try expectMatch("^\\p{Zs}$", [("\u{3000}", true), ("\n", false)])
        try expectMatch("^\\p{Cn}$", [("\u{378}", true), ("a", false)])
        try expectMatch("^\\p{Emoji_Presentation}$", [("😀", true), ("a", false)])
        try expectMatch("^\\p{Alphabetic}+$", [("aΩ", true), ("1", false)])
        try expectMatch("^\\p{ASCII}+$", [("abc~", true), ("é", false)])
        try expectMatch("^\\p{Any}$", [("\u{10FFFF}", true)])
        try expectMatch("^\\p{Assigned}$", [("a", true), ("\u{378}", false)])
        try expectMatch("^\\p{RI}{2}$", [("🇩🇪", true)])
    }

    /// Each kind of pattern runs on the engine meant for it.
    @Test func choosesTheEngine() throws {
        #expect(try ECMARegex("^[A-Z]{2}[0-9]{2}$").engineKind == .deterministicAutomaton)
        #expect(try ECMARegex("^(a+)+$").engineKind == .deterministicAutomaton)
        #expect(try ECMARegex("\\bword\\b").engineKind == .deterministicAutomaton)
        #expect(try ECMARegex("^(?=.*\\d).+$").engineKind == .nfaSimulation)
        #expect(try ECMARegex("(a)\\1").engineKind == .backtracking)
        #expect(try ECMARegex("^a{1,100000}$").engineKind == .backtracking)
        // 2^20 states: too many for the automaton, fine for the simulation.
        #expect(try ECMARegex("[ab]*a[ab]{20}$").engineKind == .lazyAutomaton)
    }

    @Test func largeAutomataFallBackToSimulation() throws {
        let regex = try ECMARegex("[ab]*a[ab]{20}$")
        let matching = "b" + "a" + String(repeating: "b", count: 20)
        try expectMatch(regex.pattern, [(matching, true), (String(repeating: "b", count: 30), false)])
    }
}

/// Checks `matches` and every engine that can run `pattern` against the expected answers.
func expectMatch(
    _ pattern: String, _ cases: [(String, Bool)], sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let regex = try ECMARegex(pattern)
    for (input, expected) in cases {
        #expect(
            regex.matches(input) == expected, "\(pattern) on \(input.debugDescription)", sourceLocation: sourceLocation)
        let wanted: ECMARegex.Outcome = expected ? .match : .noMatch
        for (engine, outcome) in regex.evaluateOnEveryEngine(input, stepBudget: 10_000_000) {
            #expect(
                outcome == wanted, "\(pattern) on \(input.debugDescription) with \(engine)",
                sourceLocation: sourceLocation)
        }
    }
}
