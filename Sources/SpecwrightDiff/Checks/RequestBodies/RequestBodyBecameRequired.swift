/// An optional request body became required: calls without one are refused.
struct RequestBodyBecameRequired: OperationCheck {
    let description = CheckDescription(
        id: "request-body-became-required", level: .breaking, summary: "An optional request body became required",
        oasdiffIDs: ["RequestBodyBecameRequiredId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        guard let old = operations.old.requestBody, let new = operations.new.requestBody, !old.isRequired, new.isRequired else { return }
        let body = OperationPair.pointer("requestBody")
        log.report(self, "the request body of `\(operations.label)` became required",
                   old: operations.oldLocation(body), new: operations.newLocation(body))
    }
}
