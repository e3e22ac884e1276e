import SpecwrightValidation

/// Turns schema JSON into `SchemaNode`s, once. Nodes are created on first reference and compiled from a
/// work list, so schema depth and reference cycles need no recursion.
final class SchemaCompiler {
    private let registry: SchemaRegistry
    private var nodes: [SchemaLocation: SchemaNode] = [:]
    private var pending: [(SchemaLocation, SchemaNode)] = []
    private var dynamicTables: [DynamicAnchorTable] = []

    init(registry: SchemaRegistry) {
        self.registry = registry
    }

    /// Compiles the schema at `root` and everything it reaches.
    func compile(root: SchemaLocation) throws -> CompiledSchema {
        let rootNode = node(at: root)
        try drain()
        // `$dynamicRef` may land in any resource that declares the anchor, including ones loaded late.
        var filledResources = -1
        while filledResources != registry.resources.count {
            filledResources = registry.resources.count
            for table in dynamicTables {
                for (resource, location) in registry.dynamicAnchors(named: table.name) {
                    table.nodes[resource] = NodeReference(node(at: location))
                }
            }
            try drain()
        }
        for node in nodes.values { node.prepareVerdict() }
        return CompiledSchema(
            root: rootNode, nodes: Array(nodes.values), tracksDynamicScope: !dynamicTables.isEmpty,
            rootResource: registry.context(of: root).resource)
    }

    private func node(at location: SchemaLocation) -> SchemaNode {
        if let existing = nodes[location] { return existing }
        let node = SchemaNode(location: registry.describe(location))
        nodes[location] = node
        pending.append((location, node))
        return node
    }

    private func reference(_ location: SchemaLocation) -> NodeReference {
        NodeReference(node(at: location))
    }

    private func drain() throws {
        while let (location, node) = pending.popLast() {
            try fill(node, at: location)
        }
    }

    private func fill(_ node: SchemaNode, at location: SchemaLocation) throws {
        let context = registry.context(of: location)
        node.resource = context.resource
        switch registry.value(at: location) {
        case .bool(true)?:
            node.becomeAlwaysValid()
        case .bool(false)?:
            node.becomeAlwaysInvalid(code: Self.holdingKeyword(of: location))
        case .object(let members)?:
            var builder = KeywordBuilder(
                members: members, location: location, node: node, settings: context.settings, compiler: self)
            node.setKeywords(try builder.build())
        case let other?:
            throw JSONSchemaError(
                schemaLocation: node.location, message: "a schema must be an object or a boolean, found \(other.typeName)")
        case nil:
            throw JSONSchemaError(schemaLocation: node.location, message: "no schema at this location")
        }
    }

    /// The keyword a `false` schema sits under, e.g. `additionalProperties`, `items` or `properties`.
    private static func holdingKeyword(of location: SchemaLocation) -> ValidationIssue.Code {
        let pointer = location.pointer
        if pointer.count >= 2 {
            switch pointer[pointer.count - 2] {
            case "properties", "patternProperties", "dependentSchemas", "dependencies", "allOf", "anyOf", "oneOf",
                "prefixItems", "items", "$defs", "definitions":
                return ValidationIssue.Code(rawValue: pointer[pointer.count - 2])
            default:
                break
            }
        }
        return ValidationIssue.Code(rawValue: pointer.last ?? "false")
    }

    // MARK: Services for KeywordBuilder

    func subschema(_ location: SchemaLocation) -> NodeReference {
        reference(location)
    }

    func referencedSchema(_ reference: String, from location: SchemaLocation) throws -> (node: NodeReference, location: SchemaLocation) {
        let target = try registry.resolve(reference, from: location)
        return (self.reference(target.location), target.location)
    }

    /// Compiles `$dynamicRef`: dynamic only when the fragment is a plain name and the static target
    /// declares `$dynamicAnchor` with that name.
    func dynamicReference(_ reference: String, from location: SchemaLocation) throws -> DynamicReferenceKeyword {
        let target = try registry.resolve(reference, from: location)
        let initial = self.reference(target.location)
        guard let name = target.uri.fragment?.removingPercentEncodingLeniently, !name.isEmpty, !name.hasPrefix("/"),
            registry.declaresDynamicAnchor(name, at: target.location)
        else {
            return DynamicReferenceKeyword(initial: initial, candidates: nil)
        }
        let table: DynamicAnchorTable
        if let existing = dynamicTables.first(where: { $0.name == name }) {
            table = existing
        } else {
            table = DynamicAnchorTable(name: name)
            dynamicTables.append(table)
        }
        return DynamicReferenceKeyword(initial: initial, candidates: table)
    }

    func describe(_ location: SchemaLocation) -> String {
        registry.describe(location)
    }

    /// The dispatch of the `anyOf`/`oneOf` whose branches sit at `branches`, when they allow it.
    func branchSelector(for branches: [SchemaLocation], discriminator: String?) -> BranchSelector? {
        BranchSelection(registry: registry).selector(for: branches, discriminator: discriminator)
    }
}

/// The compiled graph and what evaluation needs to know about it.
final class CompiledSchema: Sendable {
    let root: NodeReference
    /// Keeps every node alive: keywords refer to nodes without owning them.
    private let nodes: [SchemaNode]
    let tracksDynamicScope: Bool
    let rootResource: Int

    init(root: SchemaNode, nodes: [SchemaNode], tracksDynamicScope: Bool, rootResource: Int) {
        self.root = NodeReference(root)
        self.nodes = nodes
        self.tracksDynamicScope = tracksDynamicScope
        self.rootResource = rootResource
    }
}
