import SpecwrightReader

extension String {
    /// Splits a node identity `file#pointer` into its parts.
    func splitIdentity() -> (file: String, pointer: String) {
        guard let hash = lastIndex(of: "#") else { return (self, "") }
        return (String(self[..<hash]), String(self[index(after: hash)...]))
    }
}

extension Spec {
    /// The node with the given identity (`file#pointer`), as returned by `resolve`.
    func node(identity: String) -> Node? {
        let (file, pointer) = identity.splitIdentity()
        guard var node = documents[file], let tokens = JSONPointer.tokens(pointer) else { return nil }
        for token in tokens {
            if let array = node.array {
                guard let index = Int(token), array.indices.contains(index) else { return nil }
                node = array[index]
            } else if let child = node[token] {
                node = child
            } else {
                return nil
            }
        }
        return node
    }
}
