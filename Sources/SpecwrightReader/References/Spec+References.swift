extension Spec {
    /// The node `reference` (a `$ref` value) names, read as written in the file of `node`.
    ///
    /// Handles `#/json/pointer` (with `~0`, `~1` and percent-escapes), `file.yaml`, `file.yaml#/pointer`,
    /// `#anchor` (`$anchor`), and `$id` URIs declared in the spec. The result may itself be a `$ref`;
    /// see `dereference(_:)`.
    public func resolve(_ reference: String, from node: Node) throws -> Node {
        let target = try ReferenceTarget(reference, at: node)
        func failure(_ reason: String) -> SpecError {
            node.error("cannot resolve $ref '\(reference)': \(reason)")
        }

        let base: Node
        if let identified = identifiedNodes[target.documentText], !target.documentText.isEmpty {
            base = identified
        } else {
            switch target.document {
            case .same:
                guard let document = documents[node.location.file] else {
                    throw failure("\(node.location.file) is not part of this spec")
                }
                base = document
            case .file(let path):
                guard let document = documents[path] else {
                    throw failure(unreadableFiles[path] ?? "\(path) was not read with this spec")
                }
                base = document
            case .uri(let uri):
                throw failure("remote references are not fetched, and no schema in this spec has \"$id\": \"\(uri)\"")
            }
        }

        switch target.fragment {
        case .root:
            return base
        case .anchor(let name):
            guard let anchored = anchoredNodes[base.location.file]?[name] else {
                throw failure("no \"$anchor\": \"\(name)\" in \(base.location.file)")
            }
            return anchored
        case .pointer(let tokens):
            var current = base
            var path = ""
            for token in tokens {
                switch current.value {
                case .object(let members):
                    guard let member = members[token] else {
                        throw failure("\(path.isEmpty ? "the document" : "'\(path)'") has no key '\(token)'")
                    }
                    current = member
                case .array(let elements):
                    guard let index = Int(token), String(index) == token, elements.indices.contains(index) else {
                        throw failure("'\(path)' has no element '\(token)' (it has \(elements.count))")
                    }
                    current = elements[index]
                default:
                    throw failure("'\(path)' is a \(current.typeName), which has no '\(token)'")
                }
                path += "/" + JSONPointer.escape(token)
            }
            return current
        }
    }

    /// Follows `$ref`s until reaching a node that is not a plain reference, and returns it.
    ///
    /// A plain reference is an object with `$ref` and at most `summary` and `description` beside it (the fields
    /// of OpenAPI's Reference Object). A `$ref` with other keywords beside it (OpenAPI 3.1) is returned as it is:
    /// what its siblings mean is for the caller to decide. A chain of plain references that comes back to
    /// where it started is an error; a cycle through a real schema (a recursive type) is not, since it stops
    /// at that schema.
    public func dereference(_ node: Node) throws -> Node {
        var current = node
        var chain: [(node: Node, reference: String)] = []
        var onChain: Set<ObjectIdentifier> = []
        while let reference = current.reference, current.isPlainReference {
            if let end = dereferenceCache.end(of: current) {
                current = end
                break
            }
            guard onChain.insert(ObjectIdentifier(current)).inserted else {
                let steps = chain.map { "'\($0.reference)'" }.joined(separator: " → ")
                throw node.error("$ref cycle that never reaches a schema: \(steps) → back to the start")
            }
            chain.append((current, reference))
            current = try resolve(reference, from: current)
        }
        dereferenceCache.record(chain.map(\.node), end: current)
        return current
    }
}

extension Node {
    /// An object with a `$ref` and nothing beside it but a Reference Object's `summary` and `description`.
    public var isPlainReference: Bool {
        guard case .object(let members) = value, members["$ref"]?.string != nil else { return false }
        return members.keys.allSatisfy { $0 == "$ref" || $0 == "summary" || $0 == "description" }
    }
}
