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

    private enum KeyRole {
        /// The value is example or literal data, not keywords.
        case data
        /// The value maps names to objects.
        case nameMap
    }

    /// What the value of a key holds, looked up once per key; keys not listed hold keywords.
    private static let keyRoles: [String: KeyRole] = {
        var roles: [String: KeyRole] = [:]
        for key in [
            "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
            "schemas", "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links",
            "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "variables", "mapping",
        ] {
            roles[key] = .nameMap
        }
        for key in ["example", "examples", "default", "const", "enum", "value"] { roles[key] = .data }
        return roles
    }()

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
                for index in members.keys.indices.reversed() {
                    let (key, value) = (members.keys[index], members.values[index])
                    if item.isNameMap {
                        pending.append(Pending(node: value, isNameMap: false, isInExtension: item.isInExtension))
                        continue
                    }
                    let role = Self.keyRoles[key]
                    if role == .data {
                        // `examples` is a map of Example objects in media types and components.
                        if key == "examples", value.object != nil {
                            pending.append(Pending(node: value, isNameMap: true, isInExtension: item.isInExtension))
                        }
                    } else {
                        pending.append(Pending(
                            node: value,
                            isNameMap: role == .nameMap && value.object != nil,
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
