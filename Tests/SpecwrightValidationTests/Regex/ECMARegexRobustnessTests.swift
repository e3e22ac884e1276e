import Foundation
import Testing

@testable import SpecwrightValidation

/// Patterns and inputs that hang or crash backtracking engines must get an answer here. These tests assert
/// outcomes, not times: a regression to exponential matching would show as a test that does not finish.
@Suite struct ECMARegexRobustnessTests {
    @Test(arguments: [
        ("^(a+)+$", "a", "b"),
        ("(a|aa)*c", "a", ""),
        ("(x+x+)+y", "x", ""),
        ("^(\\w+\\s?)*$", "a", "!"),
        ("^(a|a?)+$", "a", "b"),
        ("^(?=(a+)+$)", "a", "b"),
        ("(?<=(a+)+b)c", "a", "c"),
        ("^([a-z]*)*[0-9]$", "a", "!"),
    ])
    func catastrophicPatternsFinishOnLongInputs(pattern: String, unit: String, suffix: String) throws {
        let regex = try ECMARegex(pattern)
        let input = String(repeating: unit, count: 30_000) + suffix
        #expect(regex.evaluate(input) == .noMatch)
        #expect(regex.engineKind != .backtracking)
    }

    @Test func catastrophicPatternsStillMatchWhatTheyShould() throws {
        let thirtyThousand = String(repeating: "a", count: 30_000)
        #expect(try ECMARegex("^(a+)+$").evaluate(thirtyThousand) == .match)
        #expect(try ECMARegex("(a|aa)*c").evaluate(thirtyThousand + "c") == .match)
        #expect(try ECMARegex("(x+x+)+y").evaluate(String(repeating: "x", count: 30_000) + "y") == .match)
    }

    @Test func backtrackingWithBackreferencesStopsAtTheBudget() throws {
        let regex = try ECMARegex("^(a+)+b\\1$")
        #expect(regex.engineKind == .backtracking)
        let input = String(repeating: "a", count: 40)
        #expect(regex.evaluate(input) == .budgetExceeded)
        #expect(!regex.matches(input))
        #expect(regex.evaluate("aaba") == .match)
        #expect(regex.evaluate(input, stepBudget: 1_000) == .budgetExceeded)

        let simple = try ECMARegex("(\\w)\\1")
        #expect(simple.evaluate("abcdefgg", stepBudget: 1_000) == .match)
        #expect(simple.evaluate(String(repeating: "ab", count: 10_000), stepBudget: 100) == .budgetExceeded)
    }

    @Test func oneMegabyteInputs() throws {
        let megabyte = String(repeating: "a", count: 1 << 20)
        #expect(try ECMARegex("^[a-z]+$").evaluate(megabyte) == .match)
        #expect(try ECMARegex("^[a-z]+$").evaluate(megabyte + "1") == .noMatch)
        #expect(try ECMARegex("\\d").evaluate(megabyte) == .noMatch)
        #expect(try ECMARegex("a{3}b|c").evaluate(megabyte) == .noMatch)
        #expect(try ECMARegex("^(?=.*\\d)(?=.*[A-Z]).{8,}$").evaluate(megabyte) == .noMatch)
        #expect(try ECMARegex("^(?=.*\\d)(?=.*[A-Z]).{8,}$").evaluate(megabyte + "A1") == .match)
        #expect(try ECMARegex("(?<![a-z])b").evaluate(megabyte + "b") == .noMatch)
        #expect(try ECMARegex("^(\\w+)\\s\\1$").evaluate(megabyte + " " + megabyte) == .match)
        #expect(try ECMARegex("^(\\w+)\\s\\1$").evaluate(megabyte + " b") == .noMatch)
        #expect(try ECMARegex("^a{1,2000000}$").evaluate(megabyte) == .match)

        let emoji = String(repeating: "😀", count: 1 << 18)
        #expect(try ECMARegex("^.*$").evaluate(emoji) == .match)
        #expect(try ECMARegex("^\\P{L}+$").evaluate(emoji) == .match)
        #expect(try ECMARegex("^(?:😀)+$").evaluate(emoji) == .match)
        #expect(try ECMARegex("^.{262144}$").evaluate(emoji) == .match)
    }

    @Test func largeCountedRepetitionsDoNotExhaustMemory() throws {
        let regex = try ECMARegex("^(?:ab){1,100000}$")
        #expect(regex.matches(String(repeating: "ab", count: 100_000)))
        #expect(!regex.matches(String(repeating: "ab", count: 100_001)))
        #expect(try ECMARegex("^a{99999999999}$").evaluate("aaaa") == .noMatch)
        #expect(try ECMARegex("^a{0,99999999999}$").evaluate(String(repeating: "a", count: 10_000)) == .match)
        #expect(try ECMARegex("((a{100}){100}){100}").evaluate(String(repeating: "a", count: 10_000)) == .noMatch)
        #expect(try ECMARegex("^[a-z]{1,1000}$").engineKind == .deterministicAutomaton)
    }

    /// Nested counted repetitions (found by FuzzRegex: a 49-byte pattern that took over 10 s on 16 KB) make
    /// automata too large to build up front and NFA simulations with thousands of threads; the automaton
    /// built during the match visits few states on such inputs.
    @Test(arguments: [
        "(?:[a-z]{14,31}|[0-9]{14,31}|[A-Z]{14,31}){14,31}$",
        "(?:(?:[a-z]{14,31}|[0-9]{14,31}){14,31}|x){3}$",
    ])
    func nestedCountedRepetitionsMatchLongInputs(pattern: String) throws {
        let regex = try ECMARegex(pattern)
        #expect(regex.engineKind == .lazyAutomaton)
        #expect(regex.evaluate(String(repeating: "a", count: 16_000)) == .match)
        #expect(regex.evaluate(String(repeating: "ab1", count: 5_000)) == .noMatch)
        #expect(regex.evaluate(String(repeating: "a", count: 13)) == .noMatch)
        for input in ["abc1abc1" + String(repeating: "z", count: 200), String(repeating: "x", count: 3), "ZZ1x"] {
            let outcomes = regex.evaluateOnEveryEngine(input, stepBudget: 10_000_000)
            #expect(outcomes[.lazyAutomaton] != nil && outcomes[.lazyAutomaton] == outcomes[.nfaSimulation])
        }
    }

    /// FuzzRegex: a long counted repetition of a class in an unanchored pattern gives every state thousands of
    /// threads; building its automaton up front took over 10 s under the fuzzer. It is built during the match.
    @Test func longCountedRepetitionOfAClassCompilesAndMatches() throws {
        let regex = try ECMARegex("[^A-}{[0{8}[0-9A!Z]{04231}64#")
        #expect(regex.engineKind == .lazyAutomaton)
        #expect(regex.evaluate("640") == .noMatch)
        #expect(regex.evaluate(String(repeating: "-", count: 4_231) + "64#") == .match)
        #expect(regex.evaluate("x" + String(repeating: "-", count: 4_230) + "64#") == .noMatch)
    }

    /// Secondary threads can have small stacks; compiling and matching the deepest pattern allowed must fit.
    @Test func deepestAllowedPatternRunsOnASmallStack() async throws {
        let depth = RegexParser.maximumNestingDepth
        let patterns = [
            String(repeating: "(", count: depth) + "a" + String(repeating: ")*", count: depth),
            // The innermost lookaround is one level deeper than the group around it.
            String(repeating: "(?:a|(?=b)", count: depth - 1) + String(repeating: ")+", count: depth - 1),
            String(repeating: "(a|(?<=b)", count: depth - 1) + "\\1" + String(repeating: ")", count: depth - 1),
        ]
        let results: [Bool] = await withCheckedContinuation { continuation in
            let thread = Thread {
                let outcomes = patterns.map { pattern in
                    (try? ECMARegex(pattern)).map { $0.evaluate("xaab") != .budgetExceeded } ?? false
                }
                continuation.resume(returning: outcomes)
            }
            thread.stackSize = 512 * 1024
            thread.start()
        }
        #expect(results == [true, true, true])
    }

    @Test func oneRegexServesManyTasksAtOnce() async throws {
        let regex = try ECMARegex("^(?=.*[0-9])[A-Z]{2}[0-9A-Z]{2,10}$")
        let inputs = ["DE89ABC", "de89", "DEABCDEF", "GB12XYZ", "X1"]
        let expected = inputs.map(regex.matches)
        let allAgree = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    (0..<500).allSatisfy { _ in inputs.map(regex.matches) == expected }
                }
            }
            return await group.allSatisfy { $0 }
        }
        #expect(allAgree)
        #expect(expected == [true, false, false, true, false])
    }
}
