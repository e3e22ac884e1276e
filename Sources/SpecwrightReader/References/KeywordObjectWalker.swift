/// Visits the objects of a document whose keys are keywords (schemas, operations, parameters, ...), where a
/// `$ref`, `$id` or `$anchor` key means what it says.
///
/// It skips example and literal data (`example`, `default`, `const`, `enum`, an Example's `value`), where such
/// keys are just data, and treats the keys of name maps (`properties`, `paths`, `components/schemas`, ...) as
/// names, so that a property called `default` is still walked. Each node is visited once, which keeps the walk
/// linear when YAML aliases share nodes.
struct KeywordObjectWalker {
    private struct Pending {
        let node: Node
        /// The node's keys are names (e.g. the members of `properties`), not keywords.
        let isNameMap: Bool
        let isInExtension: Bool
    }

    /// Keys whose values map names to objects.
    private static let nameMapKeys: Set<String> = [
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
        "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "variables", "mapping",
    ]

    /// Keywords whose values are example or literal data.
    private static let dataKeys: Set<String> = ["example", "examples", "default", "const", "enum", "value"]

    private var pending: [Pending] = []
    private var visited: Set<ObjectIdentifier> = []

    init(_ start: Node) {
        add(start, isInExtension: false)
    }

    /// Walks `node` too (unless already visited), e.g. the target of a `$ref`.
    mutating func add(_ node: Node, isInExtension: Bool) {
        pending.append(Pending(node: node, isNameMap: false, isInExtension: isInExtension))
    }

    func hasVisited(_ node: Node) -> Bool {
        visited.contains(ObjectIdentifier(node))
    }

    /// The next keyword object, and whether it lies inside an `x-` extension.
    mutating func next() -> (Node, isInExtension: Bool)? {
        while let item = pending.popLast() {
            if item.node.isDeferredWithoutKeywords {
                continue  // no `$ref`, `$id` or `$anchor` inside: left unbuilt
            }
            switch item.node.value {
            case .array(let elements):
                guard visited.insert(ObjectIdentifier(item.node)).inserted else { continue }
                for element in elements.reversed() {
                    pending.append(Pending(node: element, isNameMap: false, isInExtension: item.isInExtension))
                }
            case .object(let members):
                guard visited.insert(ObjectIdentifier(item.node)).inserted else { continue }
                for (key, value) in members.reversed() {
                    if item.isNameMap {
                        pending.append(Pending(node: value, isNameMap: false, isInExtension: item.isInExtension))
                    } else if Self.dataKeys.contains(key) {
                        // `examples` is a map of Example objects in media types and components.
                        if key == "examples", value.object != nil {
                            pending.append(Pending(node: value, isNameMap: true, isInExtension: item.isInExtension))
                        }
                    } else {
                        pending.append(Pending(
                            node: value,
                            isNameMap: Self.nameMapKeys.contains(key) && value.object != nil,
                            isInExtension: item.isInExtension || key.hasPrefix("x-")
                        ))
                    }
                }
                if !item.isNameMap {
                    return (item.node, item.isInExtension)
                }
            default:
                continue
            }
        }
        return nil
    }
}
