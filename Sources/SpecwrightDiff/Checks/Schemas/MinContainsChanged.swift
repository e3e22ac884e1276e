/// `minContains` changed: increased or added on a request, decreased or removed on a response.
struct MinContainsChanged: SchemaCheck {
    let description = CheckDescription(
        id: "min-contains-changed", level: .breaking,
        summary: "`minContains` increased or added on a request, decreased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMinContainsIncreasedId", "RequestPropertyMinContainsIncreasedId",
            "ResponseBodyMinContainsDecreasedId", "ResponsePropertyMinContainsDecreasedId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.minContains, schemas.new.minContains)
        guard let narrowing = BoundComparison.narrowing(old, new, .lower) else { return }
        let change = old == nil ? "`minContains` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`minContains` \(BoundComparison.spell(old)) was removed"
            : "`minContains` \(BoundComparison.verb(narrowing, .lower)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "minContains", into: &log)
    }
}
