/// An operation needs more OAuth scopes than before: tokens issued for the old scopes are refused.
struct SecurityScopeAdded: OperationCheck {
    let description = CheckDescription(
        id: "security-scope-added", level: .breaking, summary: "A security requirement of an operation needs more scopes"
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        let old = SecurityRequirements(operations.old, in: operations.oldSide)
        let new = SecurityRequirements(operations.new, in: operations.newSide)
        for alternative in old.alternatives where !alternative.isEmpty {
            // Several alternatives may use the same schemes with other scopes: one asking no more is enough.
            let counterparts = new.alternatives(withSchemes: Set(alternative.keys))
            guard let closest = counterparts.min(by: { Self.addedCount($0, to: alternative) < Self.addedCount($1, to: alternative) }),
                  !Self.added(closest, to: alternative).isEmpty else { continue }
            for (scheme, added) in Self.added(closest, to: alternative) {
                log.report(self, "`\(operations.label)` needs the `\(scheme)` scopes \(added.map { "`\($0)`" }.joined(separator: ", ")) too",
                           old: old.location(operations.oldSide, operations.old), new: new.location(operations.newSide, operations.new))
            }
        }
    }

    private static func addedCount(_ requirement: [String: [String]], to old: [String: [String]]) -> Int {
        added(requirement, to: old).reduce(0) { $0 + $1.1.count }
    }

    /// The scopes `requirement` asks beyond `old`'s, by scheme, in scheme order.
    private static func added(_ requirement: [String: [String]], to old: [String: [String]]) -> [(String, [String])] {
        requirement.sorted { $0.key < $1.key }.compactMap { scheme, scopes in
            let added = scopes.filter { !(old[scheme] ?? []).contains($0) }
            return added.isEmpty ? nil : (scheme, added)
        }
    }
}
