/// A request media type the operation accepted is gone: clients sending it get 415.
struct RequestMediaTypeRemoved: OperationCheck {
    let description = CheckDescription(
        id: "request-media-type-removed", level: .breaking, summary: "A media type of the request body was removed",
        oasdiffIDs: ["RequestBodyMediaTypeRemovedId"]
    )

    func compare(_ operations: OperationPair, into log: inout ChangeLog) {
        guard let old = operations.old.requestBody, let new = operations.new.requestBody else { return }
        let kept = Set(new.contents.map { $0.mediaType.lowercased() })
        for content in old.contents where !kept.contains(content.mediaType.lowercased()) {
            log.report(self, "`\(operations.label)` no longer accepts `\(content.mediaType)` request bodies",
                       old: operations.oldLocation(OperationPair.pointer("requestBody", "content", content.mediaType)),
                       new: operations.newLocation(OperationPair.pointer("requestBody", "content")))
        }
    }
}
