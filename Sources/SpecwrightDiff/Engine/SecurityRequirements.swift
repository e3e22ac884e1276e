import SpecwrightModel

/// The security an operation has in effect: its own requirements, or the document's when it has none.
struct SecurityRequirements {
    /// Alternatives (any one suffices), each a set of schemes (all needed) with their scopes.
    let alternatives: [[String: [String]]]
    private let isOwn: Bool

    init(_ operation: Operation, in side: DiffSide) {
        isOwn = operation.security != nil
        alternatives = operation.security ?? side.model.security
    }

    /// No requirement at all, or an empty alternative (`- {}`): callers may send no credentials.
    var allowsAnonymous: Bool { alternatives.isEmpty || alternatives.contains { $0.isEmpty } }

    /// The alternatives that need exactly these schemes (with any scopes).
    func alternatives(withSchemes schemes: Set<String>) -> [[String: [String]]] {
        alternatives.filter { Set($0.keys) == schemes }
    }

    /// Where the requirements are written: the operation's `security`, the document's, or the operation.
    func location(_ side: DiffSide, _ operation: Operation) -> ChangeLocation {
        let operationLocation = side.location(of: operation)
        if isOwn, let location = side.location(identity: operationLocation.file + "#" + operationLocation.pointer, keyword: "security") {
            return location
        }
        return side.spec.root["security"].map(ChangeLocation.init) ?? operationLocation
    }
}
