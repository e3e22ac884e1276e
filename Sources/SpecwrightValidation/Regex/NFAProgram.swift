/// A Thompson NFA over code points for patterns without backreferences. Captures are dropped: JSON Schema only
/// asks whether a match exists, and without backreferences captures cannot change that answer (nor can the
/// order in which alternatives or greedy and lazy quantifiers are tried).
///
/// Counted repetition is unrolled, so the program is capped at `maximumInstructionCount`; larger patterns run
/// on the backtracking matcher instead.
struct NFAProgram: Sendable {
    enum Opcode: UInt8, Sendable {
        /// Consume one code point of `sets[operand]`, then continue at the next instruction.
        case consume
        /// Continue at both `operand` and `secondOperand`.
        case split
        case jump
        /// Continue when `RegexAssertion(rawValue: operand)` holds at the current position.
        case assert
        /// Continue when lookaround `operand` holds at the current position (`secondOperand` 1: negative).
        case lookaround
        case match
    }

    /// A lookaround body, compiled in the direction it is scanned: lookbehind bodies forwards, lookahead bodies
    /// reversed (they are evaluated for every position in one backward scan over the input).
    struct LookaroundBody: Sendable {
        var start: Int32
        var ahead: Bool
    }

    static let maximumInstructionCount = 20_000

    private(set) var opcodes: [Opcode] = []
    private(set) var operands: [Int32] = []
    private(set) var secondOperands: [Int32] = []
    private(set) var sets: [CodePointSet] = []
    /// Indexed by lookaround id; `nil` for a lookaround that is never reached (inside `{0}`).
    private(set) var lookarounds: [LookaroundBody?] = []
    private(set) var usesWordBoundaries = false
    private(set) var usesLineAnchors = false
    var mainStart: Int32 { 0 }

    var count: Int { opcodes.count }

    /// Returns `nil` for patterns with backreferences or patterns whose unrolled form is too large.
    init?(_ pattern: ParsedPattern) {
        guard !pattern.hasBackreferences else { return nil }
        var compiler = Compiler(lookaroundCount: pattern.lookaroundCount)
        do {
            try compiler.emit(pattern.root, reversed: false)
            compiler.append(.match)
            while let (body, lookaround) = compiler.pendingLookarounds.popLast() {
                compiler.lookarounds[lookaround.id] = LookaroundBody(
                    start: Int32(compiler.program.count), ahead: lookaround.ahead)
                // A lookahead body is scanned backwards, so its sequences are emitted back to front.
                try compiler.emit(body, reversed: lookaround.ahead)
                compiler.append(.match)
            }
        } catch {
            return nil
        }
        self = compiler.program
        lookarounds = compiler.lookarounds
    }

    private init() {}

    private struct TooLarge: Error {}

    private struct Compiler {
        var program = NFAProgram()
        var setIndexes: [CodePointSet: Int32] = [:]
        var pendingLookarounds: [(RegexNode, Lookaround)] = []
        var lookarounds: [LookaroundBody?]
        private var seenLookarounds: Set<Int> = []

        init(lookaroundCount: Int) {
            lookarounds = Array(repeating: nil, count: lookaroundCount)
        }

        @discardableResult
        mutating func append(_ opcode: Opcode, _ operand: Int32 = 0, _ second: Int32 = 0) -> Int {
            program.opcodes.append(opcode)
            program.operands.append(operand)
            program.secondOperands.append(second)
            return program.opcodes.count - 1
        }

        var nextAddress: Int32 { Int32(program.opcodes.count) }

        /// Recursive over the tree, so the cases live in functions of their own to keep this frame small.
        mutating func emit(_ node: RegexNode, reversed: Bool) throws(TooLarge) {
            guard program.count <= NFAProgram.maximumInstructionCount else { throw TooLarge() }
            switch node {
            case .empty:
                break
            case .characterSet(let set):
                emitConsume(set)
            case .sequence(let items):
                for item in reversed ? items.reversed() : items {
                    try emit(item, reversed: reversed)
                }
            case .alternation(let alternatives):
                try emitAlternation(alternatives, reversed: reversed)
            case .capture(let inner, _):
                try emit(inner, reversed: reversed)
            case .repetition(let inner, let repetition):
                try emitRepetition(inner, repetition, reversed: reversed)
            case .assertion(let assertion):
                emitAssertion(assertion)
            case .lookaround(let body, let lookaround):
                emitLookaround(body, lookaround)
            case .backreference:
                throw TooLarge()
            }
        }

        private mutating func emitConsume(_ set: CodePointSet) {
            append(.consume, index(of: set))
        }

        private mutating func emitAlternation(_ alternatives: [RegexNode], reversed: Bool) throws(TooLarge) {
            var jumpsToEnd: [Int] = []
            for alternative in alternatives.dropLast() {
                let split = append(.split, nextAddress + 1)
                try emit(alternative, reversed: reversed)
                jumpsToEnd.append(append(.jump))
                program.secondOperands[split] = nextAddress
            }
            if let last = alternatives.last { try emit(last, reversed: reversed) }
            for jump in jumpsToEnd { program.operands[jump] = nextAddress }
        }

        private mutating func emitAssertion(_ assertion: RegexAssertion) {
            switch assertion {
            case .wordBoundary, .notWordBoundary: program.usesWordBoundaries = true
            case .lineStart, .lineEnd: program.usesLineAnchors = true
            case .inputStart, .inputEnd: break
            }
            append(.assert, assertion.rawValue)
        }

        private mutating func emitLookaround(_ body: RegexNode, _ lookaround: Lookaround) {
            append(.lookaround, Int32(lookaround.id), lookaround.negative ? 1 : 0)
            // Unrolled repetition emits a lookaround several times; its body is compiled once.
            if seenLookarounds.insert(lookaround.id).inserted {
                pendingLookarounds.append((body, lookaround))
            }
        }

        private mutating func emitRepetition(
            _ inner: RegexNode, _ repetition: Repetition, reversed: Bool
        ) throws(TooLarge) {
            let limit = NFAProgram.maximumInstructionCount
            guard repetition.min <= limit, (repetition.max ?? 0) <= limit else { throw TooLarge() }
            if repetition.max == nil, repetition.min > 0 {
                // x{n,} = x…x x+, where x+ loops back instead of emitting another copy (nested `+` would
                // otherwise double the program at every level).
                for _ in 1..<repetition.min {
                    try emit(inner, reversed: reversed)
                }
                let loop = nextAddress
                try emit(inner, reversed: reversed)
                append(.split, loop, nextAddress + 1)
                return
            }
            for _ in 0..<repetition.min {
                try emit(inner, reversed: reversed)
            }
            if let max = repetition.max {
                // x{n,m} = x…x (x(x(x)?)?)? with every optional copy able to skip to the end.
                var splits: [Int] = []
                for _ in repetition.min..<max {
                    splits.append(append(.split, nextAddress + 1))
                    try emit(inner, reversed: reversed)
                }
                for split in splits { program.secondOperands[split] = nextAddress }
            } else {
                let loop = append(.split, nextAddress + 1)
                try emit(inner, reversed: reversed)
                append(.jump, Int32(loop))
                program.secondOperands[loop] = nextAddress
            }
        }

        private mutating func index(of set: CodePointSet) -> Int32 {
            if let index = setIndexes[set] { return index }
            let index = Int32(program.sets.count)
            program.sets.append(set)
            setIndexes[set] = index
            return index
        }
    }
}
