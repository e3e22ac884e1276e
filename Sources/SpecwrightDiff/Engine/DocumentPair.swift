import SpecwrightModel

/// The two documents, with their operations matched by method and path template.
struct DocumentPair {
    let old: DiffSide
    let new: DiffSide
    /// Operations on both sides, in the old document's order.
    let matchedOperations: [OperationPair]
    /// Operations only in the old document.
    let removedOperations: [(operation: Operation, isWebhook: Bool)]
    /// Operations only in the new document.
    let addedOperations: [(operation: Operation, isWebhook: Bool)]
    /// The Swift declarations of both modules, matched by their schemas' places.
    let types: TypeMatching

    init(old: DiffSide, new: DiffSide) {
        self.old = old
        self.new = new
        let oldOperations = old.model.operations.map { ($0, false) } + old.model.webhooks.map { ($0, true) }
        let newOperations = new.model.operations.map { ($0, false) } + new.model.webhooks.map { ($0, true) }
        var newByKey: [String: Operation] = [:]
        for (operation, isWebhook) in newOperations {
            newByKey[Self.key(operation, isWebhook: isWebhook)] = operation
        }
        var matched: [OperationPair] = []
        var removed: [(operation: Operation, isWebhook: Bool)] = []
        var matchedKeys: Set<String> = []
        for (operation, isWebhook) in oldOperations {
            let key = Self.key(operation, isWebhook: isWebhook)
            if let counterpart = newByKey[key] {
                matched.append(OperationPair(old: operation, new: counterpart, oldSide: old, newSide: new, isWebhook: isWebhook))
                matchedKeys.insert(key)
            } else {
                removed.append((operation, isWebhook))
            }
        }
        matchedOperations = matched
        removedOperations = removed
        types = TypeMatching(old: old, new: new)
        addedOperations = newOperations.filter { !matchedKeys.contains(Self.key($0.0, isWebhook: $0.1)) }
    }

    /// `GET /customers/{}`: path parameter names do not matter on the wire, so a renamed one is no new path.
    static func key(_ operation: Operation, isWebhook: Bool) -> String {
        (isWebhook ? "webhook " : "") + operation.method + " " + normalizedPath(operation.path)
    }

    static func normalizedPath(_ path: String) -> String {
        var result = ""
        var inParameter = false
        for character in path {
            if character == "{" {
                inParameter = true
                result += "{}"
            } else if character == "}" {
                inParameter = false
            } else if !inParameter {
                result.append(character)
            }
        }
        return result
    }
}
