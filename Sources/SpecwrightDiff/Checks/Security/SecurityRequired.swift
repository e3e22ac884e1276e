/// An operation that could be called without credentials now needs some.
struct SecurityRequired: OperationCheck {
    let description = CheckDescription(
        id: "security-required", level: .breaking, summary: "An operation that needed no credentials now needs some"
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        let old = SecurityRequirements(operations.old, in: operations.oldSide)
        let new = SecurityRequirements(operations.new, in: operations.newSide)
        guard old.allowsAnonymous, !new.allowsAnonymous else { return }
        let schemes = new.alternatives.map { $0.keys.sorted().joined(separator: " + ") }.joined(separator: " or ")
        log.report(self, "`\(operations.label)` now requires \(schemes)",
                   old: old.location(operations.oldSide, operations.old), new: new.location(operations.newSide, operations.new))
    }
}
