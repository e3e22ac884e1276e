import Dispatch

/// Runs two closures on two threads (reading and modelling the two sides of a diff takes half the time) and
/// returns both outcomes, so that the caller can clean up after one side when the other failed.
func concurrently<First: Sendable, Second: Sendable>(
    _ first: @escaping @Sendable () throws -> First, _ second: @escaping @Sendable () throws -> Second
) -> (Result<First, any Error>, Result<Second, any Error>) {
    let slots = OutcomeSlots<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            slots.first = Result { try first() }
        } else {
            slots.second = Result { try second() }
        }
    }
    return (slots.first!, slots.second!)
}

/// Each slot is written by exactly one iteration and read after both finished, so no lock is needed.
private final class OutcomeSlots<First, Second>: @unchecked Sendable {
    var first: Result<First, any Error>?
    var second: Result<Second, any Error>?
}
