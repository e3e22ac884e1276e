/// The pattern compiled for `Backtracker`, which follows ECMA-262's matcher semantics to the letter (captures,
/// backreferences, atomic lookarounds, lookbehind matched backwards, repetition with counters).
struct BacktrackingProgram: Sendable {
    enum Instruction: Sendable {
        case consume(set: Int, backward: Bool)
        /// Continue at `first`; on failure, at `second`.
        case split(first: Int, second: Int)
        case jump(Int)
        /// Set a capture slot (group × 2 for its start, + 1 for its end) to the current position.
        case save(slot: Int)
        case assert(RegexAssertion)
        case lookaround(body: Int, negative: Bool)
        /// The end of the main program or of a lookaround body.
        case succeed
        case backreference(Int, backward: Bool)
        /// Set the iteration counter of a repetition to zero.
        case repeatStart(register: Int)
        /// Decide whether to run another iteration, given the counter, bounds and greediness.
        case repeatBranch(register: Int, min: Int, max: Int, greedy: Bool, exit: Int)
        /// Remember where the iteration starts and reset the captures inside the repeated atom.
        case iterationStart(register: Int, captures: Range<Int>)
        /// Reject an optional iteration that matched empty, count it, and loop.
        case iterationEnd(register: Int, min: Int, head: Int)
        /// A repeated single code point (`\d+`, `.*`, `[a-z]{2,5}?`), run without an instruction per iteration.
        case repeatSet(set: Int, min: Int, max: Int, greedy: Bool, backward: Bool)
    }

    private(set) var instructions: [Instruction] = []
    private(set) var matchers: [CodePointMatcher] = []
    let backreferenceGroups: [[Int]]
    let captureCount: Int
    /// Two per general repetition: the iteration count and the position where the iteration started.
    private(set) var registerCount = 0

    init(_ pattern: ParsedPattern) {
        backreferenceGroups = pattern.backreferenceGroups
        captureCount = pattern.captureCount
        var pending: PendingLookarounds = []
        emit(pattern.root, backward: false, &pending)
        instructions.append(.succeed)
        while let (body, lookaround, instruction) = pending.popLast() {
            instructions[instruction] = .lookaround(body: instructions.count, negative: lookaround.negative)
            emit(body, backward: !lookaround.ahead, &pending)
            instructions.append(.succeed)
        }
    }

    private typealias PendingLookarounds = [(body: RegexNode, lookaround: Lookaround, instruction: Int)]

    /// Recursive over the tree, so the cases live in functions of their own to keep this frame small.
    private mutating func emit(_ node: RegexNode, backward: Bool, _ pending: inout PendingLookarounds) {
        switch node {
        case .empty:
            break
        case .characterSet(let set):
            instructions.append(.consume(set: matcherIndex(set), backward: backward))
        case .sequence(let items):
            for item in backward ? items.reversed() : items {
                emit(item, backward: backward, &pending)
            }
        case .alternation(let alternatives):
            emitAlternation(alternatives, backward: backward, &pending)
        case .capture(let inner, let index):
            emitCapture(inner, index: index, backward: backward, &pending)
        case .repetition(let inner, let repetition):
            emitRepetition(inner, repetition, backward: backward, &pending)
        case .assertion(let assertion):
            instructions.append(.assert(assertion))
        case .lookaround(let body, let lookaround):
            pending.append((body, lookaround, instructions.count))
            instructions.append(.lookaround(body: 0, negative: lookaround.negative))
        case .backreference(let index):
            instructions.append(.backreference(index, backward: backward))
        }
    }

    private mutating func emitAlternation(
        _ alternatives: [RegexNode], backward: Bool, _ pending: inout PendingLookarounds
    ) {
        var jumpsToEnd: [Int] = []
        for alternative in alternatives.dropLast() {
            let split = instructions.count
            instructions.append(.jump(0))
            emit(alternative, backward: backward, &pending)
            jumpsToEnd.append(instructions.count)
            instructions.append(.jump(0))
            instructions[split] = .split(first: split + 1, second: instructions.count)
        }
        if let last = alternatives.last { emit(last, backward: backward, &pending) }
        for jump in jumpsToEnd { instructions[jump] = .jump(instructions.count) }
    }

    private mutating func emitCapture(
        _ inner: RegexNode, index: Int, backward: Bool, _ pending: inout PendingLookarounds
    ) {
        // Matching backwards, the end of the group is reached first.
        instructions.append(.save(slot: 2 * index + (backward ? 1 : 0)))
        emit(inner, backward: backward, &pending)
        instructions.append(.save(slot: 2 * index + (backward ? 0 : 1)))
    }

    private mutating func emitRepetition(
        _ inner: RegexNode, _ repetition: Repetition, backward: Bool, _ pending: inout PendingLookarounds
    ) {
        let max = repetition.max ?? Int.max
        if max == 0 { return }
        if case .characterSet(let set) = inner {
            instructions.append(
                .repeatSet(
                    set: matcherIndex(set), min: repetition.min, max: max, greedy: repetition.greedy,
                    backward: backward))
            return
        }
        let register = registerCount
        registerCount += 2
        instructions.append(.repeatStart(register: register))
        let head = instructions.count
        instructions.append(.jump(0))
        instructions.append(.iterationStart(register: register, captures: repetition.captures))
        emit(inner, backward: backward, &pending)
        instructions.append(.iterationEnd(register: register, min: repetition.min, head: head))
        instructions[head] = .repeatBranch(
            register: register, min: repetition.min, max: max, greedy: repetition.greedy, exit: instructions.count)
    }

    private mutating func matcherIndex(_ set: CodePointSet) -> Int {
        matchers.append(CodePointMatcher(set))
        return matchers.count - 1
    }
}
