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
        return documents[file]?.descendant(atPointer: pointer)
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
