/// An operation that took no body now requires one.
struct RequiredRequestBodyAdded: OperationCheck {
    let description = CheckDescription(
        id: "required-request-body-added", level: .breaking, summary: "A required request body was added",
        oasdiffIDs: ["AddedRequiredRequestBodyId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        guard operations.old.requestBody == nil, let new = operations.new.requestBody, new.isRequired else { return }
        log.report(self, "`\(operations.label)` now requires a request body",
                   old: operations.oldLocation, new: operations.newLocation(OperationPair.pointer("requestBody")))
    }
}
