/// `const` was added (stricter), removed (looser) or changed (another value).
struct ConstChanged: SchemaCheck {
    let description = CheckDescription(
        id: "const-changed", level: .breaking,
        summary: "`const` added or changed on a request, removed or changed on a response",
        oasdiffIDs: ["RequestBodyConstAddedId", "RequestBodyConstChangedId", "RequestPropertyConstAddedId",
                     "RequestPropertyConstChangedId", "ResponseBodyConstRemovedId", "ResponseBodyConstChangedId",
                     "ResponsePropertyConstRemovedId", "ResponsePropertyConstChangedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let old = schemas.old.constValue.map(CanonicalJSON.text)
        let new = schemas.new.constValue.map(CanonicalJSON.text)
        switch (old, new) {
        case (nil, let new?): schemas.report(self, .stricter, "`const` \(new) was added", keyword: "const", into: &log)
        case (let old?, nil): schemas.report(self, .looser, "`const` \(old) was removed", keyword: "const", into: &log)
        case (let old?, let new?) where old != new:
            schemas.report(self, .incompatible, "`const` changed from \(old) to \(new)", keyword: "const", into: &log)
        default: break
        }
    }
}
