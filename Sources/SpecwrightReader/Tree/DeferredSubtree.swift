import Foundation

/// A collection under an `x-` key, checked when its document was read (syntax, UTF-8, numbers, duplicate keys,
/// depth: everything that makes reading fail) but built into nodes only when something reads it.
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

    /// How the text is read. YAML text starts with spaces up to the origin's column (see `YAMLReader`).
    enum Syntax {
        case json
        case yaml
    }

    private enum State {
        case unbuilt(text: Data, syntax: Syntax, origin: Origin)
        case built(Node)
    }

    /// Whether a key in the subtree starts with `$` (`$ref`, `$id`, `$anchor`, ...): only then must the
    /// reference walk look inside.
    let mentionsKeywords: Bool
    private let lock = NSLock()
    private var state: State

    init(text: Data, syntax: Syntax, origin: Origin, mentionsKeywords: Bool) {
        state = .unbuilt(text: text, syntax: syntax, origin: origin)
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
            case .unbuilt(let text, let syntax, let origin):
                let node = Self.build(text, syntax: syntax, origin: origin)
                state = .built(node)
                return node
            }
        }
    }

    private static func build(_ text: Data, syntax: Syntax, origin: Origin) -> Node {
        text.withUnsafeBytes { bytes in
            let input = bytes.bindMemory(to: UInt8.self)
            do {
                switch syntax {
                case .json:
                    var reader = JSONReader(subtree: input, origin: origin)
                    return try reader.read()
                case .yaml:
                    var reader = YAMLReader(subtreeAt: origin)
                    guard let node = try reader.read(input) else { preconditionFailure("a vendor extension's text is empty") }
                    return node
                }
            } catch {
                // The text was read with the same rules when the document was, so this is a bug in the reader.
                preconditionFailure("a vendor extension checked when its document was read fails to build: \(error)")
            }
        }
    }
}
