/// Runs a `BacktrackingProgram` depth-first with an explicit backtrack stack (so long inputs cannot overflow
/// the call stack), counting steps against a budget: backreferences make matching NP-hard, so a budget, not a
/// bound on the algorithm, is what keeps a hostile pattern from hanging the caller.
struct Backtracker {
    enum Result {
        case matched
        case failed
        case budgetExceeded
    }

    private struct Entry {
        enum Kind: UInt8 {
            /// Resume at `pc` and `position`.
            case branch
            /// Put `value` back into capture slot `pc`.
            case restoreCapture
            /// Put `value` back into register `pc`.
            case restoreRegister
            /// Put back the captures saved in `snapshots[value]`.
            case restoreSnapshot
            /// A greedy repeatSet ending at `position` may give back code points down to position `value`.
            case giveBackForward
            case giveBackBackward
            /// A lazy repeatSet at instruction `pc`, `value` iterations so far, may take one more.
            case takeMore
        }

        var kind: Kind
        var pc: Int
        var position: Int
        var value: Int
    }

    private let program: BacktrackingProgram
    private let input: UTF8Input
    private let budget: Int
    private var steps = 0
    private var captures: [Int]
    private var registers: [Int]
    private var stack: [Entry] = []
    private var snapshots: [[Int]] = []

    init(program: BacktrackingProgram, input: UTF8Input, budget: Int) {
        self.program = program
        self.input = input
        self.budget = budget
        captures = Array(repeating: -1, count: 2 * (program.captureCount + 1))
        registers = Array(repeating: 0, count: program.registerCount)
    }

    /// Runs the main program from `position`. A failed run leaves the captures undefined again.
    mutating func run(at position: Int) -> Result {
        stack.removeAll(keepingCapacity: true)
        snapshots.removeAll()
        return run(pc: 0, position: position)
    }

    /// Charges the budget for work done outside `run`, such as moving to the next start position.
    mutating func chargeStep() -> Bool {
        steps += 1
        return steps <= budget
    }

    private mutating func run(pc startPC: Int, position startPosition: Int) -> Result {
        let base = stack.count
        var pc = startPC
        var position = startPosition
        while true {
            steps += 1
            if steps > budget { return .budgetExceeded }
            var failed = false
            switch program.instructions[pc] {
            case .consume(let set, let backward):
                if let next = step(from: position, backward: backward, in: set) {
                    position = next
                    pc += 1
                } else {
                    failed = true
                }
            case .split(let first, let second):
                stack.append(Entry(kind: .branch, pc: second, position: position, value: 0))
                pc = first
            case .jump(let target):
                pc = target
            case .save(let slot):
                setCapture(slot, position)
                pc += 1
            case .assert(let assertion):
                if input.holds(assertion, at: position) { pc += 1 } else { failed = true }
            case .lookaround(let body, let negative):
                let snapshot = captures
                switch run(pc: body, position: position) {
                case .budgetExceeded:
                    return .budgetExceeded
                case .matched where negative:
                    captures = snapshot
                    failed = true
                case .matched:
                    // Lookarounds are atomic: keep the captures, forget the alternatives inside.
                    snapshots.append(snapshot)
                    stack.append(Entry(kind: .restoreSnapshot, pc: 0, position: 0, value: snapshots.count - 1))
                    pc += 1
                case .failed:
                    if negative { pc += 1 } else { failed = true }
                }
            case .succeed:
                stack.removeSubrange(base...)
                return .matched
            case .backreference(let index, let backward):
                if let next = matchBackreference(index, at: position, backward: backward) {
                    position = next
                    pc += 1
                } else {
                    failed = true
                }
            case .repeatStart(let register):
                setRegister(register, 0)
                pc += 1
            case .repeatBranch(let register, let min, let max, let greedy, let exit):
                let count = registers[register]
                if count < min {
                    pc += 1
                } else if count >= max {
                    pc = exit
                } else if greedy {
                    stack.append(Entry(kind: .branch, pc: exit, position: position, value: 0))
                    pc += 1
                } else {
                    stack.append(Entry(kind: .branch, pc: pc + 1, position: position, value: 0))
                    pc = exit
                }
            case .iterationStart(let register, let groups):
                setRegister(register + 1, position)
                for group in groups {
                    setCapture(2 * group, -1)
                    setCapture(2 * group + 1, -1)
                }
                pc += 1
            case .iterationEnd(let register, let min, let head):
                let count = registers[register]
                if count >= min && position == registers[register + 1] {
                    failed = true
                } else {
                    setRegister(register, count + 1)
                    pc = head
                }
            case .repeatSet(let set, let min, let max, let greedy, let backward):
                if let next = repeatSet(set, min: min, max: max, greedy: greedy, backward: backward, pc: pc, from: position) {
                    position = next
                    pc += 1
                } else {
                    failed = true
                }
            }
            if failed {
                guard let (resumePC, resumePosition) = backtrack(downTo: base) else {
                    return steps > budget ? .budgetExceeded : .failed
                }
                pc = resumePC
                position = resumePosition
            }
        }
    }

    /// Pops the stack down to `base`, undoing changes, until an alternative is found.
    private mutating func backtrack(downTo base: Int) -> (pc: Int, position: Int)? {
        while stack.count > base {
            let entry = stack.removeLast()
            switch entry.kind {
            case .branch:
                return (entry.pc, entry.position)
            case .restoreCapture:
                captures[entry.pc] = entry.value
            case .restoreRegister:
                registers[entry.pc] = entry.value
            case .restoreSnapshot:
                captures = snapshots[entry.value]
            case .giveBackForward, .giveBackBackward:
                steps += 1
                if steps > budget { return nil }
                let position =
                    entry.kind == .giveBackForward
                    ? input.codePoint(before: entry.position).start
                    : input.codePoint(at: entry.position).next
                if position != entry.value {
                    stack.append(Entry(kind: entry.kind, pc: entry.pc, position: position, value: entry.value))
                }
                return (entry.pc, position)
            case .takeMore:
                steps += 1
                if steps > budget { return nil }
                guard case .repeatSet(let set, _, let max, _, let backward) = program.instructions[entry.pc],
                    let position = step(from: entry.position, backward: backward, in: set)
                else { continue }
                if entry.value + 1 < max {
                    stack.append(Entry(kind: .takeMore, pc: entry.pc, position: position, value: entry.value + 1))
                }
                return (entry.pc + 1, position)
            }
        }
        return nil
    }

    /// Consumes `min` code points, then as many as allowed (greedy) or none (lazy), leaving a stack entry that
    /// gives back or takes more one at a time.
    private mutating func repeatSet(
        _ set: Int, min: Int, max: Int, greedy: Bool, backward: Bool, pc: Int, from start: Int
    ) -> Int? {
        var position = start
        var count = 0
        while count < min {
            guard let next = step(from: position, backward: backward, in: set) else { return nil }
            position = next
            count += 1
            steps += 1
        }
        if greedy {
            let minimumEnd = position
            while count < max, let next = step(from: position, backward: backward, in: set) {
                position = next
                count += 1
                steps += 1
            }
            if position != minimumEnd {
                let kind: Entry.Kind = backward ? .giveBackBackward : .giveBackForward
                stack.append(Entry(kind: kind, pc: pc + 1, position: position, value: minimumEnd))
            }
        } else if count < max {
            stack.append(Entry(kind: .takeMore, pc: pc, position: position, value: count))
        }
        return position
    }

    @inline(__always)
    private func step(from position: Int, backward: Bool, in set: Int) -> Int? {
        if backward {
            guard position > 0 else { return nil }
            let (codePoint, start) = input.codePoint(before: position)
            return program.matchers[set].contains(codePoint) ? start : nil
        }
        guard position < input.count else { return nil }
        let (codePoint, next) = input.codePoint(at: position)
        return program.matchers[set].contains(codePoint) ? next : nil
    }

    /// Compares code points exactly (no `i` flag), which for UTF-8 is comparing bytes. An unset group matches
    /// the empty string.
    private func matchBackreference(_ index: Int, at position: Int, backward: Bool) -> Int? {
        let groups = program.backreferenceGroups[index]
        guard let group = groups.first(where: { captures[2 * $0] >= 0 && captures[2 * $0 + 1] >= 0 }) else {
            return position
        }
        let start = captures[2 * group]
        let length = captures[2 * group + 1] - start
        let from = backward ? position - length : position
        guard from >= 0, from + length <= input.count else { return nil }
        for offset in 0..<length where input.bytes[start + offset] != input.bytes[from + offset] {
            return nil
        }
        return backward ? from : position + length
    }

    private mutating func setCapture(_ slot: Int, _ value: Int) {
        guard captures[slot] != value else { return }
        stack.append(Entry(kind: .restoreCapture, pc: slot, position: 0, value: captures[slot]))
        captures[slot] = value
    }

    private mutating func setRegister(_ register: Int, _ value: Int) {
        stack.append(Entry(kind: .restoreRegister, pc: register, position: 0, value: registers[register]))
        registers[register] = value
    }
}
