import Foundation
@testable import SpecwrightGenerator
import Testing

/// Work done on all cores is handed on in the order of its input, and the first failure by position wins.
struct ConcurrentDeliveryTests {
    /// Collects what is delivered; `deliver` is called one at a time, so the lock only satisfies the compiler.
    private final class Delivered: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        func append(_ value: Int) { lock.withLock { values.append(value) } }
        var all: [Int] { lock.withLock { values } }
    }

    private struct Failed: Error, Equatable { let index: Int }

    @Test func deliversInTheOrderOfTheInput() throws {
        let delivered = Delivered()
        // Early elements take longer, so later ones finish first and must wait.
        try ConcurrentDelivery.forEach(Array(0..<64), { index in
            if index % 8 == 0 { usleep(2_000) }
            return index * 10
        }, deliver: delivered.append)
        #expect(delivered.all == (0..<64).map { $0 * 10 })
    }

    @Test func throwsTheFirstFailureByPositionAndDeliversNothingAfterIt() {
        let delivered = Delivered()
        #expect(throws: Failed(index: 5)) {
            try ConcurrentDelivery.forEach(Array(0..<64), { index in
                // A later failure finishes first; the earlier one must still win.
                if index == 40 { throw Failed(index: 40) }
                if index == 5 { usleep(5_000); throw Failed(index: 5) }
                return index
            }, deliver: delivered.append)
        }
        #expect(delivered.all == Array(0..<5))
    }

    @Test func aFailureWhileDeliveringStopsTheDelivery() {
        let delivered = Delivered()
        #expect(throws: Failed(index: 3)) {
            try ConcurrentDelivery.forEach(Array(0..<32), { $0 }, deliver: { value in
                if value == 3 { throw Failed(index: 3) }
                delivered.append(value)
            })
        }
        #expect(delivered.all == [0, 1, 2])
    }
}
