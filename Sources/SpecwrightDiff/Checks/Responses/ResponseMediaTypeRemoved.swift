/// A response media type is gone: clients that ask for it (`Accept`) get 406 or something they cannot read.
struct ResponseMediaTypeRemoved: OperationCheck {
    let description = CheckDescription(
        id: "response-media-type-removed", level: .breaking, summary: "A media type of a response was removed",
        oasdiffIDs: ["ResponseMediaTypeRemovedId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        for (old, new) in operations.matchedResponses {
            let kept = Set(new.contents.map { $0.mediaType.lowercased() })
            for content in old.contents where !kept.contains(content.mediaType.lowercased()) {
                log.report(self, "the `\(old.status)` response of `\(operations.label)` is no longer sent as `\(content.mediaType)`",
                           old: operations.oldLocation(OperationPair.pointer("responses", old.status, "content", content.mediaType)),
                           new: operations.newLocation(OperationPair.pointer("responses", new.status)))
            }
        }
    }
}
