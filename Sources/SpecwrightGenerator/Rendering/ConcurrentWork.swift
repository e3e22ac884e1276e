import Dispatch
import Foundation

/// Runs work on all cores and hands each result on in the order of the input, as soon as those before it are
/// handed on: memory holds only the results that finished early, not all of them.
enum ConcurrentDelivery {
    /// `deliver` runs one call at a time, in order; the first error by position (of `transform` or `deliver`)
    /// is thrown, and nothing after it is delivered.
    static func forEach<Element: Sendable, Transformed: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws -> Transformed,
        deliver: @Sendable (Transformed) throws -> Void
    ) throws {
        let queue = DeliveryQueue<Transformed>()
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            guard !queue.hasFailed else { return }
            queue.finish(Result { try transform(elements[index]) }, at: index, deliver: deliver)
        }
        try queue.failure.map { throw $0 }
    }
}

/// The results waiting for those before them, and the position of the next to deliver.
private final class DeliveryQueue<Value: Sendable>: @unchecked Sendable {
    // `@unchecked`: every property is read and written under `lock`.
    private let lock = NSLock()
    private var waiting: [Int: Result<Value, any Error>] = [:]
    private var next = 0
    private var firstFailure: (any Error)?

    var hasFailed: Bool { lock.withLock { firstFailure != nil } }
    var failure: (any Error)? { lock.withLock { firstFailure } }

    func finish(_ result: Result<Value, any Error>, at index: Int, deliver: (Value) throws -> Void) {
        lock.withLock {
            waiting[index] = result
            while firstFailure == nil, let ready = waiting.removeValue(forKey: next) {
                next += 1
                do {
                    try deliver(ready.get())
                } catch {
                    firstFailure = error
                }
            }
        }
    }
}

/// Work started on another thread at once, its result waited for later.
final class BackgroundWork<Value>: @unchecked Sendable {
    // `@unchecked`: `result` is written once, before `done` is signalled, and read only after waiting for it.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () throws -> Value) {
        let work = UncheckedSendable(work)
        DispatchQueue.global().async {
            self.result = Result { try work.value() }
            self.done.signal()
        }
    }

    /// Blocks until the work has finished; call it once.
    func wait() -> Result<Value, any Error> {
        done.wait()
        return result!
    }
}

/// Frees a large value on another thread, beside whatever the caller does next: releasing the node tree of a
/// big spec is some 5 % of `generate`, work that nothing waits for.
final class BackgroundRelease<Value: Sendable>: @unchecked Sendable {
    // `@unchecked`: `value` is written by `init` and then only by the background thread.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Takes `value` from the caller, who must hold no other reference to what it owns for the release to
    /// happen there.
    init(_ value: inout Value?) {
        self.value = value.take()
        DispatchQueue.global().async {
            self.value = nil
            self.done.signal()
        }
    }

    /// Blocks until the value is freed; call it once.
    func wait() {
        done.wait()
    }
}

/// A value handed to another thread whose type is not `Sendable` but is not shared while in use there.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
