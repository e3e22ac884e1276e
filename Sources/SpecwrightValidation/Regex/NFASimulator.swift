/// Runs an `NFAProgram` by advancing every thread at once over the input (Thompson's simulation), in
/// O(program size × input length) time, whatever the pattern.
///
/// A lookaround is a predicate on positions, so each one is evaluated for all positions up front in one scan
/// of its own: a lookbehind body runs forwards and records where it can end, a (reversed) lookahead body runs
/// backwards and records where it can start. Inner lookarounds are computed before the ones that contain them.
struct NFASimulator: Sendable {
    let program: NFAProgram
    let alphabet: Alphabet
    /// `false` when every match must start at the start of the input.
    let startsAnywhere: Bool
    /// When a match cannot be empty, the code points it can start with: positions elsewhere are skipped.
    let firstCodePoints: CodePointMatcher?

    func matches(_ input: UTF8Input) -> Bool {
        program.opcodes.withUnsafeBufferPointer { opcodes in
            program.operands.withUnsafeBufferPointer { operands in
                program.secondOperands.withUnsafeBufferPointer { secondOperands in
                    var scan = Scan(
                        simulator: self, input: input, opcodes: opcodes, operands: operands,
                        secondOperands: secondOperands)
                    defer { scan.deallocate() }
                    return scan.run()
                }
            }
        }
    }

    /// One evaluation: the input, the program's instructions and the scratch space, allocated once per call.
    private struct Scan {
        let simulator: NFASimulator
        let input: UTF8Input
        let opcodes: UnsafeBufferPointer<NFAProgram.Opcode>
        let operands: UnsafeBufferPointer<Int32>
        let secondOperands: UnsafeBufferPointer<Int32>
        /// Per instruction, the position (+ 1) at which it was last added to the closure.
        let visited: UnsafeMutableBufferPointer<Int>
        /// Instructions still to follow in the closure; each is pushed at most once per position.
        let stack: UnsafeMutableBufferPointer<Int32>
        /// The consume instructions of the current closure, then the threads they lead to.
        var consumers: UnsafeMutableBufferPointer<Int32>
        var threads: UnsafeMutableBufferPointer<Int32>
        var threadCount = 0
        /// One bit per position and lookaround: whether the lookaround's body matches there.
        let lookaroundBits: UnsafeMutableBufferPointer<UInt64>
        let wordsPerLookaround: Int
        /// Bumped for every closure, so that `visited` never needs clearing.
        var closureNumber = 0

        init(
            simulator: NFASimulator, input: UTF8Input, opcodes: UnsafeBufferPointer<NFAProgram.Opcode>,
            operands: UnsafeBufferPointer<Int32>, secondOperands: UnsafeBufferPointer<Int32>
        ) {
            self.simulator = simulator
            self.input = input
            self.opcodes = opcodes
            self.operands = operands
            self.secondOperands = secondOperands
            let size = opcodes.count
            visited = .allocate(capacity: size)
            visited.initialize(repeating: 0)
            stack = .allocate(capacity: size + 1)
            consumers = .allocate(capacity: size)
            threads = .allocate(capacity: size)
            wordsPerLookaround = input.count / 64 + 1
            lookaroundBits = .allocate(capacity: simulator.program.lookarounds.count * wordsPerLookaround)
            lookaroundBits.initialize(repeating: 0)
        }

        func deallocate() {
            visited.deallocate()
            stack.deallocate()
            consumers.deallocate()
            threads.deallocate()
            lookaroundBits.deallocate()
        }

        mutating func run() -> Bool {
            let lookarounds = simulator.program.lookarounds
            for id in lookarounds.indices.reversed() {
                guard let body = lookarounds[id] else { continue }
                _ = scan(from: body.start, forward: !body.ahead, startsAnywhere: true, recordingInto: id)
            }
            return scan(
                from: simulator.program.mainStart, forward: true, startsAnywhere: simulator.startsAnywhere,
                recordingInto: nil)
        }

        /// Searches for a match of the program at `start`, returning on the first one; or, when recording a
        /// lookaround, runs over the whole input and sets its bit for every position where a match ends.
        private mutating func scan(from start: Int32, forward: Bool, startsAnywhere: Bool, recordingInto id: Int?) -> Bool {
            let end = forward ? input.count : 0
            var position = forward ? 0 : input.count
            threadCount = 0
            while true {
                let injecting = startsAnywhere || position == 0
                if threadCount == 0 && id == nil {
                    guard injecting else { return false }
                    if let firstCodePoints = simulator.firstCodePoints {
                        // Nothing is in flight: jump to the next position where a match can start.
                        while position < input.count {
                            let (codePoint, next) = input.codePoint(at: position)
                            if firstCodePoints.contains(codePoint) { break }
                            position = next
                        }
                        if position == input.count { return false }
                    }
                }
                let (consumerCount, matched) = closure(at: position, injecting: injecting ? start : nil)
                if matched {
                    guard let id else { return true }
                    lookaroundBits[id * wordsPerLookaround + position >> 6] |= 1 << UInt64(position & 63)
                }
                if position == end { return false }
                let codePoint: UInt32
                if forward {
                    (codePoint, position) = input.codePoint(at: position)
                } else {
                    (codePoint, position) = input.codePoint(before: position)
                }
                let klass = simulator.alphabet.classOf(codePoint)
                threadCount = 0
                for index in 0..<consumerCount {
                    let pc = consumers[index]
                    if simulator.alphabet.set(Int(operands[Int(pc)]), contains: klass) {
                        threads[threadCount] = pc + 1
                        threadCount += 1
                    }
                }
            }
        }

        /// Follows the empty transitions from the threads (and `injecting`) at `position`, collecting the
        /// consume instructions reached. Returns their number and whether `match` is reachable.
        private mutating func closure(at position: Int, injecting: Int32?) -> (consumers: Int, matched: Bool) {
            closureNumber += 1
            let mark = closureNumber
            var depth = 0
            func push(_ pc: Int32) {
                if visited[Int(pc)] != mark {
                    visited[Int(pc)] = mark
                    stack[depth] = pc
                    depth += 1
                }
            }
            for index in 0..<threadCount { push(threads[index]) }
            if let injecting { push(injecting) }
            var consumerCount = 0
            var matched = false
            while depth > 0 {
                depth -= 1
                let pc = stack[depth]
                let index = Int(pc)
                let operand = operands[index]
                switch opcodes[index] {
                case .consume:
                    consumers[consumerCount] = pc
                    consumerCount += 1
                case .split:
                    push(operand)
                    push(secondOperands[index])
                case .jump:
                    push(operand)
                case .assert:
                    if let assertion = RegexAssertion(rawValue: operand), input.holds(assertion, at: position) {
                        push(pc + 1)
                    }
                case .lookaround:
                    let word = lookaroundBits[Int(operand) * wordsPerLookaround + position >> 6]
                    let holds = word & (1 << UInt64(position & 63)) != 0
                    if holds != (secondOperands[index] == 1) { push(pc + 1) }
                case .match:
                    matched = true
                }
            }
            return (consumerCount, matched)
        }
    }
}
