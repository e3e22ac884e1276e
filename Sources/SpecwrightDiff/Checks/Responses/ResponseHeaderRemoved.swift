/// A response header is gone: clients that read it find nothing (breaking when it was required).
struct ResponseHeaderRemoved: OperationCheck {
    let description = CheckDescription(
        id: "response-header-removed", level: .breaking, summary: "A response header was removed",
        oasdiffIDs: ["RequiredResponseHeaderRemovedId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for (old, new) in operations.matchedResponses {
            let kept = Set(new.headers.map { $0.name.lowercased() })
            for header in old.headers where !kept.contains(header.name.lowercased()) {
                log.report(self, level: header.isRequired ? .breaking : .warning,
                           "the `\(old.status)` response of `\(operations.label)` no longer has the \(header.isRequired ? "required " : "")header `\(header.name)`",
                           old: operations.oldLocation(OperationPair.pointer("responses", old.status, "headers", header.name)),
                           new: operations.newLocation(OperationPair.pointer("responses", new.status)))
            }
        }
    }
}
