import SpecwrightReader

/// A node's identity, `file#pointer` (`Node.identity`, `Schema.identity`).
public enum NodeIdentity {
    /// The file and the JSON pointer, split at the last `#` (none: the whole is the file). Found in the UTF-8
    /// bytes: `lastIndex(of:)` over characters walks back through grapheme breaks, and identities are split
    /// for nearly every schema the generator writes.
    public static func split(_ identity: String) -> (file: Substring, pointer: Substring) {
        let bytes = identity.utf8
        // Searched in the contiguous bytes (a native string always has them; any other is copied once): walking
        // the UTF-8 view back index by index costs tens of instructions a byte.
        let offset = bytes.withContiguousStorageIfAvailable { $0.lastIndex(of: UInt8(ascii: "#")) }
            ?? Array(bytes).lastIndex(of: UInt8(ascii: "#"))
        guard let offset else { return (Substring(identity), "") }
        let hash = bytes.index(bytes.startIndex, offsetBy: offset)
        return (Substring(bytes[..<hash]), Substring(bytes[bytes.index(after: hash)...]))
    }
}

extension String {
    /// Splits a node identity `file#pointer` into its parts.
    func splitIdentity() -> (file: String, pointer: String) {
        let (file, pointer) = NodeIdentity.split(self)
        return (String(file), String(pointer))
    }
}

extension Spec {
    /// The node with the given identity (`file#pointer`), as returned by `resolve`; an identity without `#` is
    /// a whole file.
    public func node(identity: String) -> Node? {
        let (file, pointer) = NodeIdentity.split(identity)
        return documents[String(file)]?.descendant(atPointer: String(pointer))
    }
}

extension Spec {
    /// Follows the `$ref` of a parameter, response, request body, header or path item, where OpenAPI gives
    /// sibling keys no meaning: they are ignored, with a warning, instead of stopping the run.
    func dereferenceObject(_ node: Node, diagnostics: DiagnosticLog) throws -> Node {
        var current = node
        var visited: Set<String> = []
        while let reference = current.reference {
            guard visited.insert(current.identity).inserted else {
                throw node.error("$ref cycle that never reaches an object: '\(reference)'")
            }
            if !current.isPlainReference {
                diagnostics.warn("keys beside `$ref: \(reference)` are ignored (OpenAPI gives them no meaning here)", rule: .referenceSiblingsIgnored, at: current.location)
            }
            current = try resolve(reference, from: current)
        }
        return current
    }
}
