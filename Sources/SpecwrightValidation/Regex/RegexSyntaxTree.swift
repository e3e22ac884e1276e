/// A parsed pattern. Modifiers (`(?s:…)`, `(?m:…)`) are already resolved into the sets and assertions.
indirect enum RegexNode: Sendable {
    case empty
    /// One code point from the set (a literal is a set of one).
    case characterSet(CodePointSet)
    case sequence([RegexNode])
    case alternation([RegexNode])
    /// A capturing group; `index` counts from 1 in the order of the opening parentheses.
    case capture(RegexNode, index: Int)
    case repetition(RegexNode, Repetition)
    case assertion(RegexAssertion)
    case lookaround(RegexNode, Lookaround)
    /// `\1` or `\k<name>`; the index points into `ParsedPattern.backreferenceGroups`.
    case backreference(Int)
}

struct Repetition: Sendable {
    var min: Int
    /// `nil` for no upper bound.
    var max: Int?
    var greedy: Bool
    /// The capture groups inside the repeated atom; ECMA-262 resets them at the start of every iteration.
    var captures: Range<Int>
}

struct Lookaround: Sendable {
    /// Numbered in the order of the opening parentheses, so an enclosed lookaround has a larger id.
    var id: Int
    var ahead: Bool
    var negative: Bool
}

enum RegexAssertion: Int32, Sendable {
    case inputStart, inputEnd, lineStart, lineEnd, wordBoundary, notWordBoundary
}

struct ParsedPattern: Sendable {
    var root: RegexNode
    var captureCount: Int
    var lookaroundCount: Int
    /// For each backreference, the groups it may refer to (several when a name is used in several alternatives).
    var backreferenceGroups: [[Int]]

    var hasBackreferences: Bool { !backreferenceGroups.isEmpty }
    var hasLookarounds: Bool { lookaroundCount > 0 }
}

extension RegexNode {
    /// A superset of the code points that can start a match, or `nil` when the pattern can match the empty
    /// string (or starts with a backreference), so that no position can be skipped.
    var firstCodePoints: CodePointSet? {
        let (set, nullable) = firstCodePointsAndNullability()
        return nullable ? nil : set
    }

    /// Assertions and lookarounds are treated as matching empty, which only widens the set.
    private func firstCodePointsAndNullability() -> (CodePointSet, Bool) {
        switch self {
        case .empty, .assertion, .lookaround:
            return (CodePointSet(), true)
        case .characterSet(let set):
            return (set, false)
        case .backreference:
            return (.all, true)
        case .capture(let inner, _):
            return inner.firstCodePointsAndNullability()
        case .repetition(let inner, let repetition):
            let (set, nullable) = inner.firstCodePointsAndNullability()
            return (set, nullable || repetition.min == 0)
        case .alternation(let alternatives):
            var union = CodePointSet()
            var nullable = false
            for alternative in alternatives {
                let (set, alternativeNullable) = alternative.firstCodePointsAndNullability()
                union.formUnion(set)
                nullable = nullable || alternativeNullable
            }
            return (union, nullable)
        case .sequence(let items):
            var union = CodePointSet()
            for item in items {
                let (set, nullable) = item.firstCodePointsAndNullability()
                union.formUnion(set)
                if !nullable { return (union, false) }
            }
            return (union, true)
        }
    }

    /// Whether every match must begin at the start of the input (`^…` without the `m` modifier).
    var isAnchoredAtStart: Bool {
        switch self {
        case .assertion(.inputStart): true
        case .capture(let inner, _): inner.isAnchoredAtStart
        case .sequence(let items): items.first?.isAnchoredAtStart ?? false
        case .alternation(let alternatives): alternatives.allSatisfy(\.isAnchoredAtStart)
        default: false
        }
    }
}
