/// `maxContains` changed: decreased or added on a request, increased or removed on a response.
struct MaxContainsChanged: SchemaCheck {
    let description = CheckDescription(
        id: "max-contains-changed", level: .breaking,
        summary: "`maxContains` decreased or added on a request, increased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMaxContainsDecreasedId", "RequestPropertyMaxContainsDecreasedId",
            "ResponseBodyMaxContainsIncreasedId", "ResponsePropertyMaxContainsIncreasedId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.maxContains, schemas.new.maxContains)
        guard let narrowing = BoundComparison.narrowing(old, new, .upper) else { return }
        let change = old == nil ? "`maxContains` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`maxContains` \(BoundComparison.spell(old)) was removed"
            : "`maxContains` \(BoundComparison.verb(narrowing, .upper)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "maxContains", into: &log)
    }
}
