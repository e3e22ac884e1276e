/// `contains` was added (an array must now hold a matching item) or removed.
struct ContainsChanged: SchemaCheck {
    let description = CheckDescription(
        id: "contains-changed", level: .breaking,
        summary: "`contains` added on a request or removed from a response",
        oasdiffIDs: ["RequestBodyContainsAddedId", "RequestPropertyContainsAddedId", "ResponseBodyContainsRemovedId",
                     "ResponsePropertyContainsRemovedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        switch (schemas.old.contains, schemas.new.contains) {
        case (nil, .some): schemas.report(self, .stricter, "`contains` was added", keyword: "contains", into: &log)
        case (.some, nil): schemas.report(self, .looser, "`contains` was removed", keyword: "contains", into: &log)
        default: break
        }
    }
}
