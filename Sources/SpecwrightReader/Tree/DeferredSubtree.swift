import Foundation

/// An object or array under an `x-` key of a JSON document, checked when the document was read (syntax,
/// UTF-8, numbers, duplicate keys, depth: everything that makes reading fail) but built into nodes only when
/// something reads it.
///
/// Vendor extensions are often large data that nothing in Specwright looks at; keeping their text instead of
/// a node per value makes them cost about their size in memory and a scan in time.
final class DeferredSubtree: @unchecked Sendable {  // `state` is guarded by `lock`
    /// Where the text starts, to give the built nodes their positions and pointers.
    struct Origin {
        let file: String
        let line: Int
        let column: Int
        let pointer: String
    }

    private enum State {
        case unbuilt(text: Data, origin: Origin)
        case built(Node)
    }

    /// Whether a key in the subtree starts with `$` (`$ref`, `$id`, `$anchor`, ...): only then must the
    /// reference walk look inside.
    let mentionsKeywords: Bool
    private let lock = NSLock()
    private var state: State

    init(text: Data, origin: Origin, mentionsKeywords: Bool) {
        state = .unbuilt(text: text, origin: origin)
        self.mentionsKeywords = mentionsKeywords
    }

    /// Whether something has read the subtree yet.
    var isBuilt: Bool {
        lock.withLock {
            if case .built = state { return true }
            return false
        }
    }

    /// The subtree's root, built on first use.
    var node: Node {
        lock.withLock {
            switch state {
            case .built(let node):
                return node
            case .unbuilt(let text, let origin):
                let node = Self.build(text, origin: origin)
                state = .built(node)
                return node
            }
        }
    }

    private static func build(_ text: Data, origin: Origin) -> Node {
        text.withUnsafeBytes { bytes in
            var reader = JSONReader(subtree: bytes.bindMemory(to: UInt8.self), origin: origin)
            do {
                return try reader.read()
            } catch {
                // The text was read with the same rules when the document was, so this is a bug in the reader.
                preconditionFailure("a vendor extension checked when its document was read fails to build: \(error)")
            }
        }
    }
}
