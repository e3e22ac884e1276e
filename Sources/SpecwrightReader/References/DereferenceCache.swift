import Foundation

/// Where each plain `$ref` already followed ends, so that many `dereference` calls along one long chain of
/// references cost time linear in the chain, not quadratic. Shared by every copy of a `Spec`, between threads.
final class DereferenceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var ends: [ObjectIdentifier: Node] = [:]

    func end(of reference: Node) -> Node? {
        lock.withLock { ends[ObjectIdentifier(reference)] }
    }

    func record(_ references: [Node], end: Node) {
        lock.withLock {
            for reference in references { ends[ObjectIdentifier(reference)] = end }
        }
    }
}
