/// Finds the operation of a request path and method, the way OpenAPI matches paths: under one of the
/// spec's base paths, concrete paths before templated ones (`/customers/me` before `/customers/{id}`).
struct OperationRouter: Sendable {
    enum Route {
        case matched(index: Int, pathParameters: [String: String])
        case unknownPath
        case methodNotAllowed([String])
    }

    private let basePaths: [String]
    /// Operation indexes by template, most literal segments first.
    private let templates: [(template: PathTemplate, operations: [(method: String, index: Int)])]

    init(operations: [CompiledOperation], basePaths: [String]) {
        self.basePaths = basePaths
        var byTemplate: [PathTemplate: [(String, Int)]] = [:]
        for (index, operation) in operations.enumerated() { byTemplate[operation.template, default: []].append((operation.method, index)) }
        templates = byTemplate
            .map { (template: $0.key, operations: $0.value.map { (method: $0.0, index: $0.1) }) }
            .sorted { ($0.template.literalSegmentCount, $1.template.template) > ($1.template.literalSegmentCount, $0.template.template) }
    }

    func route(method: String, path: String) -> Route {
        guard let relative = relativePath(path) else { return .unknownPath }
        var allowed: [String] = []
        for (template, operations) in templates {
            guard let captures = template.match(relative) else { continue }
            if let operation = operations.first(where: { $0.method == method })
                ?? (method == "HEAD" ? operations.first(where: { $0.method == "GET" }) : nil) {
                return .matched(index: operation.index, pathParameters: captures)
            }
            allowed += operations.map(\.method)
        }
        return allowed.isEmpty ? .unknownPath : .methodNotAllowed(Array(Set(allowed)).sorted())
    }

    /// The path parameters of `path` for the operation's own template (a request already routed by the server).
    func pathParameters(of path: String, template: PathTemplate) -> [String: String]? {
        relativePath(path).flatMap(template.match)
    }

    /// `path` without the first base path it starts with (at a segment boundary).
    private func relativePath(_ path: String) -> String? {
        for base in basePaths {
            if base.isEmpty { return path }
            if path == base { return "/" }
            if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count)) }
        }
        return nil
    }
}
