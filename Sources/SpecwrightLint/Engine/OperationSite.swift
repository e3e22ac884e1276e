import SpecwrightReader

/// An operation as written: its path (or webhook name), method and nodes, for rules that need positions or
/// keys the model does not keep (duplicate parameters, where a path key is written, `example` beside `examples`).
public struct OperationSite: Sendable {
    /// The path template, or the webhook's name.
    public var path: String
    public var isWebhook: Bool
    /// Lowercase, as written: `get`, `post`, ...
    public var method: String
    /// The `paths` (or `webhooks`) object, for the position of the path's key.
    public var container: Node
    /// The path item, `$ref` followed.
    public var pathItem: Node
    public var operation: Node
    /// Path-level then operation-level parameters, each `$ref` followed.
    public var parameters: [Node]

    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"]

    static func every(in spec: Spec) -> [OperationSite] {
        var sites: [OperationSite] = []
        for (key, isWebhook) in [("paths", false), ("webhooks", true), ("x-webhooks", true)] {
            guard let container = spec.root[key], let items = container.object else { continue }
            for (path, item) in items where !path.hasPrefix("x-") {
                guard let pathItem = try? spec.dereference(item), let members = pathItem.object else { continue }
                let shared = (pathItem["parameters"]?.array ?? []).compactMap { try? spec.dereference($0) }
                for (method, operation) in members where methods.contains(method) && operation.object != nil {
                    let own = (operation["parameters"]?.array ?? []).compactMap { try? spec.dereference($0) }
                    sites.append(OperationSite(path: path, isWebhook: isWebhook, method: method, container: container,
                                               pathItem: pathItem, operation: operation, parameters: shared + own))
                }
            }
        }
        return sites
    }

    /// `GET /pets/{id}`, for messages.
    public var label: String { "\(method.uppercased()) \(path)" }
}
