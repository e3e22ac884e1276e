/// A way of authenticating an operation accepted is gone: clients using it are refused.
struct SecurityAlternativeRemoved: OperationCheck {
    let description = CheckDescription(
        id: "security-alternative-removed", level: .breaking,
        summary: "A security requirement an operation accepted was removed"
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        let old = SecurityRequirements(operations.old, in: operations.oldSide)
        let new = SecurityRequirements(operations.new, in: operations.newSide)
        guard !new.allowsAnonymous else { return }
        for alternative in old.alternatives where !alternative.isEmpty {
            guard new.alternatives(withSchemes: Set(alternative.keys)).isEmpty else { continue }
            log.report(self, "`\(operations.label)` no longer accepts \(alternative.keys.sorted().joined(separator: " + "))",
                       old: old.location(operations.oldSide, operations.old), new: new.location(operations.newSide, operations.new))
        }
    }
}
