/// A deterministic automaton built once, at compile time, from an `NFAProgram` without lookarounds: matching is
/// one table lookup per code point, with no allocation.
///
/// A state is a set of NFA threads waiting to consume, plus what the assertions need to know about the code
/// point before (start of input, word character, line terminator). The assertions at a position also depend
/// on the code point after it, so they are resolved on the transition, whose input class tells that.
/// Construction gives up (and the caller simulates the NFA instead) when the automaton would be too large.
struct DFA: Sendable {
    static let maximumStateCount = 10_000
    static let maximumTableSize = 1 << 20
    /// Bounds the construction time up front: instructions visited over all closures, plus the threads filtered
    /// for every transition and hashed for every state looked up (each costs about as much as a visit). A
    /// pattern like `[0-9]{4231}` or `(?:[a-z]{14,31}|[0-9]{14,31}){14,31}$` stays under the state limit with
    /// thousands of threads per state; such patterns are built during the match instead.
    static let maximumConstructionWork = 1_000_000

    /// The construction work a match may spend building states lazily before it simulates the NFA instead:
    /// a constant plus a share per input byte, so that it never costs much more than the simulation would.
    static func lazyConstructionWork(forUTF8Count count: Int) -> Int {
        100_000 + 256 * count
    }

    /// A transition to this target means a match ends before the code point just read.
    private static let accepting = UInt32.max
    /// State 0 can never match: no threads, and no new match may start.
    private static let dead: UInt32 = 0

    private let alphabet: Alphabet
    private let classCount: Int
    private let transitions: [UInt32]
    private let acceptsAtEnd: [Bool]
    private let start: UInt32

    init?(program: NFAProgram, alphabet: Alphabet, startsAnywhere: Bool) {
        guard program.lookarounds.isEmpty else { return nil }
        var builder = Builder(
            program: program, alphabet: alphabet, startsAnywhere: startsAnywhere,
            workLimit: Self.maximumConstructionWork)
        guard let start = builder.buildEveryState() else { return nil }
        self.alphabet = alphabet
        self.classCount = alphabet.classCount
        self.transitions = builder.transitions
        self.acceptsAtEnd = builder.acceptsAtEnd
        self.start = start
    }

    func matches(_ input: UTF8Input) -> Bool {
        let bytes = input.bytes
        return transitions.withUnsafeBufferPointer { table in
            var state = Int(start)
            var position = 0
            while position < bytes.count {
                let byte = bytes[position]
                let klass: Int
                if byte < 0x80 {
                    klass = alphabet.classOfASCII(byte)
                    position += 1
                } else {
                    let (codePoint, next) = input.codePoint(at: position)
                    klass = alphabet.classOf(codePoint)
                    position = next
                }
                let target = table[state &* classCount &+ klass]
                if target == Self.accepting { return true }
                if target == Self.dead { return false }
                state = Int(target)
            }
            return acceptsAtEnd[state]
        }
    }

    /// Matches with an automaton built during the call, only as far as `input` needs it: for programs whose
    /// whole automaton is too large to build up front but whose inputs visit few of its states, where it
    /// saves the NFA simulation's work per thread and code point. Returns `nil` when the states visited
    /// exceed the construction limits; the caller then simulates the NFA.
    static func matchesBuildingLazily(
        _ input: UTF8Input, program: NFAProgram, alphabet: Alphabet, startsAnywhere: Bool
    ) -> Bool? {
        guard program.lookarounds.isEmpty else { return nil }
        var builder = Builder(
            program: program, alphabet: alphabet, startsAnywhere: startsAnywhere,
            workLimit: Self.lazyConstructionWork(forUTF8Count: input.count))
        guard var state = builder.startState() else { return nil }
        let classCount = alphabet.classCount
        var position = 0
        while position < input.count {
            let (codePoint, next) = input.codePoint(at: position)
            position = next
            let klass = alphabet.classOf(codePoint)
            var target = builder.transitions[Int(state) * classCount + klass]
            if target == Builder.unknown {
                guard let computed = builder.computeTransition(from: Int(state), klass: klass) else { return nil }
                target = computed
            }
            if target == Self.accepting { return true }
            if target == Self.dead { return false }
            state = target
        }
        return builder.computeAcceptsAtEnd(Int(state))
    }

    private struct Builder {
        /// A transition not computed yet (only while building lazily).
        static let unknown = UInt32.max - 1

        struct Key: Hashable {
            var threads: [Int32]
            var atStart: Bool
            var previousIsWord: Bool
            var previousIsLineTerminator: Bool
        }

        /// What the assertions at a position need to know.
        struct Context {
            var atStart: Bool
            var atEnd: Bool
            var previousIsWord: Bool
            var nextIsWord: Bool
            var previousIsLineTerminator: Bool
            var nextIsLineTerminator: Bool
        }

        let program: NFAProgram
        let alphabet: Alphabet
        let startsAnywhere: Bool
        var keys: [Key] = []
        var stateIndexes: [Key: UInt32] = [:]
        var transitions: [UInt32] = []
        var acceptsAtEnd: [Bool] = []
        /// Per state, the closures computed so far, by the variant of the next code point (see `variant`).
        private var closures: [Int: (consumers: [Int32], matched: Bool)] = [:]
        private var visited: [Int] = []
        private var generation = 0
        private var work = 0
        private let workLimit: Int

        init(program: NFAProgram, alphabet: Alphabet, startsAnywhere: Bool, workLimit: Int) {
            self.workLimit = workLimit
            self.program = program
            self.alphabet = alphabet
            self.startsAnywhere = startsAnywhere
            visited = Array(repeating: 0, count: program.count)
        }

        /// Adds the dead state (0, looping on every class) and the start state; returns the start state.
        mutating func startState() -> UInt32? {
            keys.append(Key(threads: [], atStart: false, previousIsWord: false, previousIsLineTerminator: false))
            transitions.append(contentsOf: repeatElement(DFA.dead, count: alphabet.classCount))
            acceptsAtEnd.append(false)
            return intern(Key(threads: [], atStart: true, previousIsWord: false, previousIsLineTerminator: false))
        }

        /// Builds every reachable state; returns the start state, or `nil` when a limit is exceeded.
        mutating func buildEveryState() -> UInt32? {
            guard let start = startState() else { return nil }
            var stateIndex = 1
            while stateIndex < keys.count {
                for klass in 0..<alphabet.classCount {
                    guard computeTransition(from: stateIndex, klass: klass) != nil else { return nil }
                }
                guard let accepts = computeAcceptsAtEnd(stateIndex) else { return nil }
                acceptsAtEnd[stateIndex] = accepts
                closures = [:]  // the states are built in order, so the earlier ones' closures are done with
                stateIndex += 1
            }
            return start
        }

        /// Computes, records and returns the transition of `stateIndex` on `klass`.
        mutating func computeTransition(from stateIndex: Int, klass: Int) -> UInt32? {
            let key = keys[stateIndex]
            let nextIsWord = program.usesWordBoundaries && alphabet.classIsWord[klass]
            let nextIsLineTerminator = program.usesLineAnchors && alphabet.classIsLineTerminator[klass]
            // The closure depends on the next code point only through these two facts.
            let variant = stateIndex * 4 + (nextIsWord ? 1 : 0) + (nextIsLineTerminator ? 2 : 0)
            let closure: (consumers: [Int32], matched: Bool)
            if let cached = closures[variant] {
                closure = cached
            } else {
                let context = Context(
                    atStart: key.atStart, atEnd: false, previousIsWord: key.previousIsWord,
                    nextIsWord: nextIsWord, previousIsLineTerminator: key.previousIsLineTerminator,
                    nextIsLineTerminator: nextIsLineTerminator)
                guard let computed = self.closure(of: key.threads, injecting: injected(key), context) else {
                    return nil
                }
                closures[variant] = computed
                closure = computed
            }
            let target: UInt32
            if closure.matched {
                target = DFA.accepting
            } else {
                work += 2 * closure.consumers.count
                if work > workLimit { return nil }
                let next = closure.consumers
                    .filter { alphabet.set(Int(program.operands[Int($0)]), contains: klass) }
                    .map { $0 + 1 }
                    .sorted()
                let nextKey = Key(
                    threads: next, atStart: false, previousIsWord: nextIsWord,
                    previousIsLineTerminator: nextIsLineTerminator)
                guard let interned = intern(nextKey) else { return nil }
                target = interned
            }
            transitions[stateIndex * alphabet.classCount + klass] = target
            return target
        }

        /// Whether a match ends at the end of the input when the automaton is in `stateIndex` there.
        mutating func computeAcceptsAtEnd(_ stateIndex: Int) -> Bool? {
            let key = keys[stateIndex]
            let endContext = Context(
                atStart: key.atStart, atEnd: true, previousIsWord: key.previousIsWord, nextIsWord: false,
                previousIsLineTerminator: key.previousIsLineTerminator, nextIsLineTerminator: false)
            return closure(of: key.threads, injecting: injected(key), endContext)?.matched
        }

        private func injected(_ key: Key) -> Int32? {
            startsAnywhere || key.atStart ? program.mainStart : nil
        }

        private mutating func intern(_ key: Key) -> UInt32? {
            if key.threads.isEmpty, !key.atStart, !startsAnywhere { return DFA.dead }
            if let index = stateIndexes[key] { return index }
            work += key.threads.count
            guard keys.count < DFA.maximumStateCount, work <= workLimit,
                (keys.count + 1) * alphabet.classCount <= DFA.maximumTableSize
            else { return nil }
            let index = UInt32(keys.count)
            keys.append(key)
            stateIndexes[key] = index
            transitions.append(contentsOf: repeatElement(Self.unknown, count: alphabet.classCount))
            acceptsAtEnd.append(false)
            return index
        }

        private mutating func closure(
            of threads: [Int32], injecting: Int32?, _ context: Context
        ) -> (consumers: [Int32], matched: Bool)? {
            generation += 1
            var stack = threads
            if let injecting { stack.append(injecting) }
            var consumers: [Int32] = []
            var matched = false
            while let pc = stack.popLast() {
                let index = Int(pc)
                if visited[index] == generation { continue }
                visited[index] = generation
                work += 1
                if work > workLimit { return nil }
                let operand = program.operands[index]
                switch program.opcodes[index] {
                case .consume:
                    consumers.append(pc)
                case .split:
                    stack.append(program.secondOperands[index])
                    stack.append(operand)
                case .jump:
                    stack.append(operand)
                case .assert:
                    if let assertion = RegexAssertion(rawValue: operand), Self.holds(assertion, context) {
                        stack.append(pc + 1)
                    }
                case .lookaround:
                    return nil
                case .match:
                    matched = true
                }
            }
            return (consumers, matched)
        }

        private static func holds(_ assertion: RegexAssertion, _ context: Context) -> Bool {
            switch assertion {
            case .inputStart: context.atStart
            case .inputEnd: context.atEnd
            case .lineStart: context.atStart || context.previousIsLineTerminator
            case .lineEnd: context.atEnd || context.nextIsLineTerminator
            case .wordBoundary: context.previousIsWord != context.nextIsWord
            case .notWordBoundary: context.previousIsWord == context.nextIsWord
            }
        }
    }
}
