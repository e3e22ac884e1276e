/// An ECMA-262 regular expression with the semantics JSON Schema prescribes for `pattern`,
/// `patternProperties` and the `regex` format: the `u` flag (matching over Unicode code points), no other
/// flags, and an unanchored search.
///
/// It differs from `NSRegularExpression` (ICU) where ECMA-262 does: `\d` and `\w` are ASCII only, `$` does not
/// match before a final newline, `\s` is ECMA-262's set, and the syntax is ECMA-262's (`\a`, `(?i)` or a lone
/// `{` are errors).
///
/// Compile once and reuse: the value is immutable and `Sendable`. Matching time is bounded:
/// - without backreferences, O(pattern size × input length), whatever the pattern (`^(a+)+$` included). Most
///   patterns run as a deterministic automaton built in `init`, one table lookup per code point.
/// - with backreferences (where matching is NP-hard), or with counted repetitions too large to unroll, the
///   pattern runs on a backtracking matcher that stops after a step budget; see `evaluate(_:stepBudget:)`.
public struct ECMARegex: Sendable, Hashable {
    /// The pattern source, as given to `init`.
    public let pattern: String
    private let compiled: CompiledPattern

    /// An invalid (or unsupported) pattern.
    public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Where the problem is, in Unicode scalars from the start of the pattern.
        public let offset: Int
        public let message: String
        /// `true` when the pattern is valid ECMA-262 but uses a feature this engine does not implement
        /// (`\p{Script=…}`, `\p{Script_Extensions=…}`, `\p{Extended_Pictographic}`, `\p{Emoji_Component}`,
        /// the `(?i:…)` modifier). A `regex` format check may accept such a pattern; matching with it is
        /// impossible.
        public let isUnsupported: Bool

        public init(offset: Int, message: String, isUnsupported: Bool = false) {
            self.offset = offset
            self.message = message
            self.isUnsupported = isUnsupported
        }

        public var description: String {
            "\(isUnsupported ? "unsupported" : "invalid") regular expression at offset \(offset): \(message)"
        }
    }

    /// The result of a bounded match.
    public enum Outcome: Sendable, Hashable {
        case match
        case noMatch
        /// The backtracking matcher used the whole step budget without deciding.
        case budgetExceeded
    }

    /// Compiles `pattern`, throwing `SyntaxError` when it is not a valid ECMA-262 pattern in Unicode mode.
    public init(_ pattern: String) throws(SyntaxError) {
        self.pattern = pattern
        compiled = CompiledPattern(try RegexParser.parse(pattern))
    }

    /// Checks that `pattern` is valid ECMA-262 (Unicode mode) without compiling a matcher: bounded time, so
    /// suited to the `regex` format on untrusted values. Throws what `init` would.
    public static func validateSyntax(_ pattern: String) throws(SyntaxError) {
        _ = try RegexParser.parse(pattern, validatingOnly: true)
    }

    /// Whether `string` contains a match. A pattern that exceeds its step budget (see `evaluate(_:)`) counts as
    /// not matching, so that an undecided value is never accepted.
    public func matches(_ string: String) -> Bool {
        evaluate(string) == .match
    }

    /// Searches `string` for a match within the default step budget (`defaultStepBudget(forUTF8Count:)`).
    public func evaluate(_ string: String) -> Outcome {
        evaluate(string, stepBudget: Self.defaultStepBudget(forUTF8Count: string.utf8.count))
    }

    /// Searches `string` for a match. `stepBudget` limits the backtracking matcher only (used for patterns with
    /// backreferences or with repetition counts too large to unroll); the automata need no limit.
    public func evaluate(_ string: String, stepBudget: Int) -> Outcome {
        UTF8Input.with(string) { compiled.evaluate($0, stepBudget: stepBudget) }
    }

    /// One million steps plus 64 per byte of input: a few milliseconds for short values, and enough for any
    /// linear-time backreference pattern over a long one.
    public static func defaultStepBudget(forUTF8Count count: Int) -> Int {
        1_000_000 + 64 * count
    }

    public static func == (lhs: ECMARegex, rhs: ECMARegex) -> Bool { lhs.pattern == rhs.pattern }

    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }
}

extension ECMARegex {
    /// The matcher chosen for a pattern (exposed for tests and diagnostics).
    enum EngineKind: Sendable {
        case deterministicAutomaton
        /// An automaton built during each match as far as the input needs it, for programs whose whole
        /// automaton is too large; the NFA simulation takes over when the states visited are too many.
        case lazyAutomaton
        case nfaSimulation
        case backtracking
    }

    var engineKind: EngineKind { compiled.engine.kind }

    /// Runs `string` on every engine that can take the pattern, for cross-checking them in tests.
    func evaluateOnEveryEngine(_ string: String, stepBudget: Int) -> [EngineKind: Outcome] {
        var outcomes: [EngineKind: Outcome] = [:]
        guard let parsed = try? RegexParser.parse(pattern) else { return outcomes }
        UTF8Input.with(string) { input in
            for engine in CompiledPattern.everyEngine(for: parsed) {
                outcomes[engine.kind] = engine.evaluate(input, stepBudget: stepBudget)
            }
        }
        return outcomes
    }
}

/// The compiled matcher behind an `ECMARegex`, shared by its copies.
final class CompiledPattern: Sendable {
    let engine: Engine
    /// No input with fewer UTF-8 bytes (hence fewer code points) can match.
    private let minimumLength: Int

    enum Engine: Sendable {
        case deterministicAutomaton(DFA)
        case lazyAutomaton(NFASimulator)
        case nfaSimulation(NFASimulator)
        case backtracking(BacktrackingMatcher)

        var kind: ECMARegex.EngineKind {
            switch self {
            case .deterministicAutomaton: .deterministicAutomaton
            case .lazyAutomaton: .lazyAutomaton
            case .nfaSimulation: .nfaSimulation
            case .backtracking: .backtracking
            }
        }

        func evaluate(_ input: UTF8Input, stepBudget: Int) -> ECMARegex.Outcome {
            switch self {
            case .deterministicAutomaton(let dfa):
                return dfa.matches(input) ? .match : .noMatch
            case .lazyAutomaton(let simulator):
                let matched = DFA.matchesBuildingLazily(
                    input, program: simulator.program, alphabet: simulator.alphabet,
                    startsAnywhere: simulator.startsAnywhere)
                return (matched ?? simulator.matches(input)) ? .match : .noMatch
            case .nfaSimulation(let simulator):
                return simulator.matches(input) ? .match : .noMatch
            case .backtracking(let matcher):
                return matcher.evaluate(input, stepBudget: stepBudget)
            }
        }
    }

    init(_ parsed: ParsedPattern) {
        minimumLength = parsed.root.minimumLength
        if let automata = Automata(parsed) {
            engine = automata.automaton.map(Engine.deterministicAutomaton) ?? automata.fallback
        } else {
            engine = .backtracking(BacktrackingMatcher(parsed))
        }
    }

    func evaluate(_ input: UTF8Input, stepBudget: Int) -> ECMARegex.Outcome {
        if input.count < minimumLength { return .noMatch }
        return engine.evaluate(input, stepBudget: stepBudget)
    }

    /// Every engine that can run the pattern, fastest first.
    static func everyEngine(for parsed: ParsedPattern) -> [Engine] {
        var engines: [Engine] = []
        if let automata = Automata(parsed) {
            if let automaton = automata.automaton { engines.append(.deterministicAutomaton(automaton)) }
            if automata.simulator.program.lookarounds.isEmpty { engines.append(.lazyAutomaton(automata.simulator)) }
            engines.append(.nfaSimulation(automata.simulator))
        }
        engines.append(.backtracking(BacktrackingMatcher(parsed)))
        return engines
    }

    /// The linear-time engines, for patterns without backreferences whose unrolled program is not too large.
    private struct Automata {
        var automaton: DFA?
        var simulator: NFASimulator

        /// The engine when there is no automaton built up front.
        var fallback: Engine {
            simulator.program.lookarounds.isEmpty ? .lazyAutomaton(simulator) : .nfaSimulation(simulator)
        }

        init?(_ parsed: ParsedPattern) {
            guard let program = NFAProgram(parsed) else { return nil }
            var sets = program.sets
            // The automata learn from the input class whether a code point is a word character or a line
            // terminator, so those sets must not straddle classes.
            if program.usesWordBoundaries { sets.append(.wordCharacters) }
            if program.usesLineAnchors { sets.append(.lineTerminators) }
            let alphabet = Alphabet(sets: sets)
            let startsAnywhere = !parsed.root.isAnchoredAtStart
            automaton = DFA(program: program, alphabet: alphabet, startsAnywhere: startsAnywhere)
            simulator = NFASimulator(
                program: program, alphabet: alphabet, startsAnywhere: startsAnywhere,
                firstCodePoints: parsed.root.firstCodePoints.map(CodePointMatcher.init))
        }
    }
}

/// Tries the backtracking program at each start position in turn, sharing one step budget.
struct BacktrackingMatcher: Sendable {
    private let program: BacktrackingProgram
    private let anchoredAtStart: Bool
    private let firstCodePoints: CodePointMatcher?

    init(_ parsed: ParsedPattern) {
        program = BacktrackingProgram(parsed)
        anchoredAtStart = parsed.root.isAnchoredAtStart
        firstCodePoints = parsed.root.firstCodePoints.map(CodePointMatcher.init)
    }

    func evaluate(_ input: UTF8Input, stepBudget: Int) -> ECMARegex.Outcome {
        var backtracker = Backtracker(program: program, input: input, budget: stepBudget)
        var start = 0
        while true {
            if let firstCodePoints {
                while start < input.count {
                    let (codePoint, next) = input.codePoint(at: start)
                    if firstCodePoints.contains(codePoint) { break }
                    start = next
                }
                if start == input.count { return .noMatch }
            }
            switch backtracker.run(at: start) {
            case .matched: return .match
            case .budgetExceeded: return .budgetExceeded
            case .failed: break
            }
            if anchoredAtStart || start == input.count { return .noMatch }
            guard backtracker.chargeStep() else { return .budgetExceeded }
            start = input.codePoint(at: start).next
        }
    }
}
