import SpecwrightReader

/// Finds value types that contain themselves (`Category.parent: Category?`) and breaks each cycle:
/// a struct stores the property behind a box, an enum becomes `indirect`.
///
/// Two kinds of recursion need more than a box. A type alias that reaches itself (`A = [A]`, from
/// `A: {items: {$ref: A}}`) is not legal Swift, so each alias on such a cycle becomes a one-case enum, which
/// decodes and encodes the same JSON. And a schema that is only itself (`C: {allOf: [$ref C]}`, or a `oneOf`
/// listing itself as a variant) describes nothing to decode: every step stays on the same value without
/// reading a member or an element, so it is an error at the schema.
enum RecursionBreaker {
    static func boxRecursiveMembers(in declarations: [TypeDeclaration]) throws -> [TypeDeclaration] {
        try rejectSelfOnlyCycles(in: declarations)
        let declarations = wrapRecursiveAliases(in: declarations)
        var edges: [String: Set<String>] = [:]
        for declaration in declarations { collectEdges(declaration, into: &edges) }
        let component = stronglyConnectedComponents(edges)
        return declarations.map { breakCycles(in: $0, component: component, edges: edges) }
    }

    /// Types stored inline (not behind an array or dictionary, which already live on the heap).
    private static func inlineReferences(of declaration: TypeDeclaration) -> [String] {
        switch declaration.kind {
        case .structure(let structure): structure.properties.compactMap(\.type.inlineNamedType)
        case .union(let union): union.cases.compactMap(\.type.inlineNamedType)
        case .alias(let type): type.inlineNamedType.map { [$0] } ?? []
        case .stringEnumeration, .integerEnumeration: []
        }
    }

    /// Throws at the first alias or union that reaches itself through aliases and union cases alone.
    private static func rejectSelfOnlyCycles(in declarations: [TypeDeclaration]) throws {
        var byName: [String: TypeDeclaration] = [:]
        var edges: [String: Set<String>] = [:]
        func collect(_ declaration: TypeDeclaration) {
            byName[declaration.qualifiedName] = declaration
            switch declaration.kind {
            case .alias, .union: edges[declaration.qualifiedName] = Set(inlineReferences(of: declaration))
            case .structure, .stringEnumeration, .integerEnumeration: edges[declaration.qualifiedName] = []
            }
            declaration.nestedTypes.forEach(collect)
        }
        declarations.forEach(collect)
        let component = stronglyConnectedComponents(edges)
        for name in edges.keys.sorted() {
            let reachesItself = edges[name]!.contains { $0 == name || (component[$0] != nil && component[$0] == component[name]) }
            guard reachesItself, let declaration = byName[name] else { continue }
            let cycle = edges.keys.filter { component[$0] == component[name] }.sorted().joined(separator: ", ")
            throw SpecError("schema `\(name)` is only itself (through \(cycle)): its `$ref`s, `allOf`, `anyOf` or "
                            + "`oneOf` come back to it without an object member or array element in between, "
                            + "so no value can be decoded", at: declaration.schema.location)
        }
    }

    /// Turns every alias that reaches itself through other aliases (behind arrays or dictionaries) into a
    /// one-case enum: `A = [A]` becomes `enum A { case aList([A]) }`.
    private static func wrapRecursiveAliases(in declarations: [TypeDeclaration]) -> [TypeDeclaration] {
        var edges: [String: Set<String>] = [:]
        for declaration in declarations {
            guard case .alias(let type) = declaration.kind else { continue }
            edges[declaration.qualifiedName] = Set(type.namedTypes)
        }
        let aliasEdges = edges.mapValues { $0.filter { edges[$0] != nil } }
        let component = stronglyConnectedComponents(aliasEdges)
        return declarations.map { declaration in
            guard case .alias(let type) = declaration.kind, let targets = aliasEdges[declaration.qualifiedName],
                  targets.contains(where: { component[$0] == component[declaration.qualifiedName] })
            else { return declaration }
            var wrapped = declaration
            // The only case: whatever the payload, its own decoding says what is wrong.
            let onlyCase = Union.Case(swiftName: SwiftNaming.unionCaseName(for: type), type: type, discriminatorValues: [], payloadShape: .anything)
            wrapped.kind = .union(Union(cases: [onlyCase], discriminatorProperty: nil, isExclusive: true, isIndirect: false))
            return wrapped
        }
    }
    private static func collectEdges(_ declaration: TypeDeclaration, into edges: inout [String: Set<String>]) {
        edges[declaration.qualifiedName, default: []].formUnion(inlineReferences(of: declaration))
        for nested in declaration.nestedTypes { collectEdges(nested, into: &edges) }
    }

    private static func breakCycles(in declaration: TypeDeclaration, component: [String: Int], edges: [String: Set<String>]) -> TypeDeclaration {
        var result = declaration
        let name = declaration.qualifiedName
        func isCycle(_ target: String?) -> Bool {
            guard let target, let own = component[name] else { return false }
            return target == name || component[target] == own
        }
        switch declaration.kind {
        case .structure(var structure):
            for index in structure.properties.indices where isCycle(structure.properties[index].type.inlineNamedType) {
                structure.properties[index].isBoxed = true
            }
            result.kind = .structure(structure)
        case .union(var union):
            union.isIndirect = union.cases.contains { isCycle($0.type.inlineNamedType) }
            result.kind = .union(union)
        case .alias, .stringEnumeration, .integerEnumeration:
            break
        }
        result.nestedTypes = declaration.nestedTypes.map { breakCycles(in: $0, component: component, edges: edges) }
        return result
    }

    /// Tarjan's algorithm, iterative so that long chains of types cannot overflow the stack.
    /// Returns a component number per node; nodes in one cycle share a number.
    static func stronglyConnectedComponents(_ edges: [String: Set<String>]) -> [String: Int] {
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var component: [String: Int] = [:]
        var nextIndex = 0
        var nextComponent = 0

        for start in edges.keys.sorted() where index[start] == nil {
            // Each frame: a node and the successors still to visit.
            var work: [(node: String, successors: [String])] = []
            func open(_ node: String) {
                index[node] = nextIndex
                lowLink[node] = nextIndex
                nextIndex += 1
                stack.append(node)
                onStack.insert(node)
                work.append((node, (edges[node] ?? []).sorted()))
            }
            open(start)
            while let frame = work.last {
                if let successor = frame.successors.first {
                    work[work.count - 1].successors.removeFirst()
                    if index[successor] == nil {
                        open(successor)
                    } else if onStack.contains(successor) {
                        lowLink[frame.node] = min(lowLink[frame.node]!, index[successor]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last {
                    lowLink[parent.node] = min(lowLink[parent.node]!, lowLink[frame.node]!)
                }
                if lowLink[frame.node] == index[frame.node] {
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component[member] = nextComponent
                        if member == frame.node { break }
                    }
                    nextComponent += 1
                }
            }
        }
        return component
    }
}
