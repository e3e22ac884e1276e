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
    /// backreferences); the automata need no limit.
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
    enum EngineKind: Sendable, CaseIterable {
        case deterministicAutomaton
        case nfaSimulation
        case backtracking
    }

    var engineKind: EngineKind { compiled.engine.kind }

    /// Runs `string` on every engine that can take the pattern, for cross-checking them in tests.
    func evaluateOnEveryEngine(_ string: String, stepBudget: Int) -> [EngineKind: Outcome] {
        var outcomes: [EngineKind: Outcome] = [:]
        guard let parsed = try? RegexParser.parse(pattern) else { return outcomes }
        UTF8Input.with(string) { input in
            for engine in CompiledPattern.engines(for: parsed, all: true) {
                outcomes[engine.kind] = engine.evaluate(input, stepBudget: stepBudget)
            }
        }
        return outcomes
    }
}

/// The compiled matcher behind an `ECMARegex`, shared by its copies.
final class CompiledPattern: Sendable {
    let engine: Engine

    enum Engine: Sendable {
        case deterministicAutomaton(DFA)
        case nfaSimulation(NFASimulator)
        case backtracking(BacktrackingMatcher)

        var kind: ECMARegex.EngineKind {
            switch self {
            case .deterministicAutomaton: .deterministicAutomaton
            case .nfaSimulation: .nfaSimulation
            case .backtracking: .backtracking
            }
        }

        func evaluate(_ input: UTF8Input, stepBudget: Int) -> ECMARegex.Outcome {
            switch self {
            case .deterministicAutomaton(let dfa): dfa.matches(input) ? .match : .noMatch
            case .nfaSimulation(let simulator): simulator.matches(input) ? .match : .noMatch
            case .backtracking(let matcher): matcher.evaluate(input, stepBudget: stepBudget)
            }
        }
    }

    init(_ parsed: ParsedPattern) {
        engine = Self.engines(for: parsed, all: false).first ?? .backtracking(BacktrackingMatcher(parsed))
    }

    func evaluate(_ input: UTF8Input, stepBudget: Int) -> ECMARegex.Outcome {
        engine.evaluate(input, stepBudget: stepBudget)
    }

    /// The engines that can run the pattern, fastest first; only the first unless `all`.
    static func engines(for parsed: ParsedPattern, all: Bool) -> [Engine] {
        var engines: [Engine] = []
        if let program = NFAProgram(parsed) {
            var sets = program.sets
            // The automata learn from the input class whether a code point is a word character or a line
            // terminator, so those sets must not straddle classes.
            if program.usesWordBoundaries { sets.append(.wordCharacters) }
            if program.usesLineAnchors { sets.append(.lineTerminators) }
            let alphabet = Alphabet(sets: sets)
            let startsAnywhere = !parsed.root.isAnchoredAtStart
            if let dfa = DFA(program: program, alphabet: alphabet, startsAnywhere: startsAnywhere) {
                engines.append(.deterministicAutomaton(dfa))
                if !all { return engines }
            }
            engines.append(
                .nfaSimulation(
                    NFASimulator(
                        program: program, alphabet: alphabet, startsAnywhere: startsAnywhere,
                        firstCodePoints: parsed.root.firstCodePoints.map(CodePointMatcher.init))))
            if !all { return engines }
        }
        engines.append(.backtracking(BacktrackingMatcher(parsed)))
        return engines
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
