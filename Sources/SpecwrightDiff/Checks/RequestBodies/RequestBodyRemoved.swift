/// The operation no longer takes a body: clients still send one.
struct RequestBodyRemoved: OperationCheck {
    let description = CheckDescription(
        id: "request-body-removed", level: .breaking, summary: "The request body was removed",
        oasdiffIDs: ["RequestBodyRemovedId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        guard operations.old.requestBody != nil, operations.new.requestBody == nil else { return }
        log.report(self, "`\(operations.label)` no longer takes a request body",
                   old: operations.oldLocation(OperationPair.pointer("requestBody")), new: operations.newLocation)
    }
}
