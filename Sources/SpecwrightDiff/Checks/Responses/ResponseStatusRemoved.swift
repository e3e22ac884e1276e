/// A response status the operation documented is gone. A success status removed breaks every client that
/// handled it; an error status removed is worth checking (clients may still get it, undocumented).
struct ResponseStatusRemoved: OperationCheck {
    let description = CheckDescription(
        id: "response-status-removed", level: .breaking, summary: "A documented response status was removed",
        oasdiffIDs: ["ResponseSuccessStatusRemovedId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        let kept = Set(operations.new.responses.map { $0.status.uppercased() })
        for response in operations.old.responses where !kept.contains(response.status.uppercased()) {
            let isSuccess = response.status.hasPrefix("2")
            log.report(self, level: isSuccess ? .breaking : .warning,
                       "`\(operations.label)` no longer documents the `\(response.status)` response",
                       old: operations.oldLocation(OperationPair.pointer("responses", response.status)),
                       new: operations.newLocation(OperationPair.pointer("responses")))
        }
    }
}
