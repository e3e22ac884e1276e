/// The operations (by `operationId`) an auth middleware acts on, so that one client can install a
/// middleware per security scheme and each applies only where the spec's `security` requirements name it
/// (and not at all on operations with `security: []`).
public enum OperationSelection: Sendable, Hashable {
    case all
    case only(Set<String>)
    case allExcept(Set<String>)

    public func contains(_ operationID: String) -> Bool {
        switch self {
        case .all: true
        case .only(let operations): operations.contains(operationID)
        case .allExcept(let operations): !operations.contains(operationID)
        }
    }
}
