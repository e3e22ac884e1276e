/// A response header that was always sent may now be missing.
struct ResponseHeaderBecameOptional: OperationCheck {
    let description = CheckDescription(
        id: "response-header-became-optional", level: .breaking, summary: "A required response header became optional",
        oasdiffIDs: ["ResponseHeaderBecameOptionalId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for (old, new) in operations.matchedResponses {
            for header in old.headers where header.isRequired {
                guard let counterpart = new.headers.first(where: { $0.name.lowercased() == header.name.lowercased() }),
                      !counterpart.isRequired else { continue }
                log.report(self, "header `\(header.name)` of the `\(old.status)` response of `\(operations.label)` became optional",
                           old: operations.oldLocation(OperationPair.pointer("responses", old.status, "headers", header.name)),
                           new: operations.newLocation(OperationPair.pointer("responses", new.status, "headers", counterpart.name)))
            }
        }
    }
}
