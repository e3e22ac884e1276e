/// An operation needs more OAuth scopes than before: tokens issued for the old scopes are refused.
struct SecurityScopeAdded: OperationCheck {
    let description = CheckDescription(
        id: "security-scope-added", level: .breaking, summary: "A security requirement of an operation needs more scopes"
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        let old = SecurityRequirements(operations.old, in: operations.oldSide)
        let new = SecurityRequirements(operations.new, in: operations.newSide)
        for alternative in old.alternatives where !alternative.isEmpty {
            guard let counterpart = new.alternative(withSchemes: Set(alternative.keys)) else { continue }
            for (scheme, scopes) in counterpart.sorted(by: { $0.key < $1.key }) {
                let added = scopes.filter { !(alternative[scheme] ?? []).contains($0) }
                guard !added.isEmpty else { continue }
                log.report(self, "`\(operations.label)` needs the `\(scheme)` scopes \(added.map { "`\($0)`" }.joined(separator: ", ")) too",
                           old: old.location(operations.oldSide, operations.old), new: new.location(operations.newSide, operations.new))
            }
        }
    }
}
