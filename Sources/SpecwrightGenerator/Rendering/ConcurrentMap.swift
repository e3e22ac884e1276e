import Dispatch

/// `map` over the elements on all cores, keeping the order of the input; the first error (by position) is thrown.
enum ConcurrentMap {
    static func map<Element: Sendable, Transformed: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws -> Transformed
    ) throws -> [Transformed] {
        let results = ResultSlots<Transformed>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.store(Result { try transform(elements[index]) }, at: index)
        }
        return try results.collect()
    }
}

/// One slot per element, each written by exactly one iteration, read after all of them finished.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<Result<Value, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Safe without a lock: concurrent iterations write different indices, and nothing reads until all are done.
    func store(_ result: Result<Value, any Error>, at index: Int) {
        slots[index] = result
    }

    func collect() throws -> [Value] {
        try slots.map { try $0!.get() }
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

/// A value handed to another thread whose type is not `Sendable` but is not shared while in use there.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
