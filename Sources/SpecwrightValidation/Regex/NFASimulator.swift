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
        var scratch = Scratch(programSize: program.count, lookaroundCount: program.lookarounds.count)
        for id in program.lookarounds.indices.reversed() {
            guard let body = program.lookarounds[id] else { continue }
            var bits = [UInt64](repeating: 0, count: input.count / 64 + 1)
            _ = scan(input, from: body.start, forward: !body.ahead, startsAnywhere: true, recording: &bits, &scratch)
            scratch.lookaroundBits[id] = bits
        }
        var unused: [UInt64] = []
        return scan(
            input, from: program.mainStart, forward: true, startsAnywhere: startsAnywhere, recording: &unused,
            &scratch)
    }

    private struct Scratch {
        var visited: [UInt32]
        var generation: UInt32 = 0
        var stack: [Int32] = []
        var consumers: [Int32] = []
        var threads: [Int32] = []
        var nextThreads: [Int32] = []
        var lookaroundBits: [[UInt64]]

        init(programSize: Int, lookaroundCount: Int) {
            visited = [UInt32](repeating: 0, count: programSize)
            lookaroundBits = Array(repeating: [], count: lookaroundCount)
        }
    }

    /// Searches for a match of the program at `start`, returning on the first one; or, when `recording` is
    /// not empty, runs over the whole input and sets the bit of every position where a match ends.
    private func scan(
        _ input: UTF8Input, from start: Int32, forward: Bool, startsAnywhere: Bool,
        recording bits: inout [UInt64], _ scratch: inout Scratch
    ) -> Bool {
        let recording = !bits.isEmpty
        let end = forward ? input.count : 0
        var position = forward ? 0 : input.count
        scratch.threads.removeAll(keepingCapacity: true)
        while true {
            let injecting = startsAnywhere || position == 0
            if scratch.threads.isEmpty && !recording {
                guard injecting else { return false }
                if let firstCodePoints {
                    // Nothing is in flight: jump to the next position where a match can start.
                    while position < input.count {
                        let (codePoint, next) = input.codePoint(at: position)
                        if firstCodePoints.contains(codePoint) { break }
                        position = next
                    }
                    if position == input.count { return false }
                }
            }
            if scratch.generation == .max {
                scratch.visited = [UInt32](repeating: 0, count: scratch.visited.count)
                scratch.generation = 0
            }
            scratch.generation += 1
            if closure(input, at: position, injecting: injecting ? start : nil, &scratch) {
                if !recording { return true }
                bits[position >> 6] |= 1 << UInt64(position & 63)
            }
            if position == end { return false }
            let codePoint: UInt32
            if forward {
                (codePoint, position) = input.codePoint(at: position)
            } else {
                (codePoint, position) = input.codePoint(before: position)
            }
            let klass = alphabet.classOf(codePoint)
            scratch.nextThreads.removeAll(keepingCapacity: true)
            for pc in scratch.consumers where alphabet.set(Int(program.operands[Int(pc)]), contains: klass) {
                scratch.nextThreads.append(pc + 1)
            }
            swap(&scratch.threads, &scratch.nextThreads)
        }
    }

    /// Follows the empty transitions from the threads (and `injecting`) at `position`, collecting the consume
    /// instructions reached into `scratch.consumers`. Returns whether `match` is reachable.
    private func closure(
        _ input: UTF8Input, at position: Int, injecting: Int32?, _ scratch: inout Scratch
    ) -> Bool {
        scratch.consumers.removeAll(keepingCapacity: true)
        scratch.stack.removeAll(keepingCapacity: true)
        if let injecting { scratch.stack.append(injecting) }
        scratch.stack.append(contentsOf: scratch.threads)
        var matched = false
        let generation = scratch.generation
        while let pc = scratch.stack.popLast() {
            let index = Int(pc)
            if scratch.visited[index] == generation { continue }
            scratch.visited[index] = generation
            let operand = program.operands[index]
            switch program.opcodes[index] {
            case .consume:
                scratch.consumers.append(pc)
            case .split:
                scratch.stack.append(program.secondOperands[index])
                scratch.stack.append(operand)
            case .jump:
                scratch.stack.append(operand)
            case .assert:
                if let assertion = RegexAssertion(rawValue: operand), input.holds(assertion, at: position) {
                    scratch.stack.append(pc + 1)
                }
            case .lookaround:
                let bits = scratch.lookaroundBits[Int(operand)]
                let holds = bits[position >> 6] & (1 << UInt64(position & 63)) != 0
                if holds != (program.secondOperands[index] == 1) { scratch.stack.append(pc + 1) }
            case .match:
                matched = true
            }
        }
        return matched
    }
}
