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
}

extension RegexNode {
    /// A superset of the code points that can start a match, or `nil` when the pattern can match the empty
    /// string (or starts with a backreference), so that no position can be skipped.
    var firstCodePoints: CodePointSet? {
        var ranges: [ClosedRange<UInt32>] = []
        return collectFirstCodePoints(into: &ranges) ? nil : CodePointSet(ranges: ranges)
    }

    /// Appends the ranges that can start a match and returns whether the node can match empty. Assertions and
    /// lookarounds are treated as matching empty, which only widens the set.
    private func collectFirstCodePoints(into ranges: inout [ClosedRange<UInt32>]) -> Bool {
        switch self {
        case .empty, .assertion, .lookaround:
            return true
        case .characterSet(let set):
            ranges.append(contentsOf: set.ranges)
            return false
        case .backreference:
            ranges.append(0...CodePointSet.maxCodePoint)
            return true
        case .capture(let inner, _):
            return inner.collectFirstCodePoints(into: &ranges)
        case .repetition(let inner, let repetition):
            return inner.collectFirstCodePoints(into: &ranges) || repetition.min == 0
        case .alternation(let alternatives):
            var nullable = false
            for alternative in alternatives where alternative.collectFirstCodePoints(into: &ranges) {
                nullable = true
            }
            return nullable
        case .sequence(let items):
            for item in items where !item.collectFirstCodePoints(into: &ranges) {
                return false
            }
            return true
        }
    }

    /// The fewest code points a match consumes (saturating): a shorter input cannot match.
    var minimumLength: Int {
        switch self {
        case .empty, .assertion, .lookaround, .backreference:
            return 0
        case .characterSet:
            return 1
        case .capture(let inner, _):
            return inner.minimumLength
        case .repetition(let inner, let repetition):
            let (product, overflow) = inner.minimumLength.multipliedReportingOverflow(by: repetition.min)
            return overflow ? Int.max : product
        case .alternation(let alternatives):
            return alternatives.map(\.minimumLength).min() ?? 0
        case .sequence(let items):
            return items.reduce(0) { total, item in
                let (sum, overflow) = total.addingReportingOverflow(item.minimumLength)
                return overflow ? Int.max : sum
            }
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
