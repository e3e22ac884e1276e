/// Finds value types that contain themselves (`Category.parent: Category?`) and breaks each cycle:
/// a struct stores the property behind a box, an enum becomes `indirect`.
enum RecursionBreaker {
    static func boxRecursiveMembers(in declarations: [TypeDeclaration]) -> [TypeDeclaration] {
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
