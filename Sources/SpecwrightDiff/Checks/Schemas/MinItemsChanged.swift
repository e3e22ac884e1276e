/// `minItems` changed: increased or added on a request, decreased or removed on a response.
struct MinItemsChanged: SchemaCheck {
    let description = CheckDescription(
        id: "min-items-changed", level: .breaking,
        summary: "`minItems` increased or added on a request, decreased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMinItemsIncreasedId", "RequestPropertyMinItemsIncreasedId",
            "RequestParameterMinItemsIncreasedId", "ResponseBodyMinItemsDecreasedId",
            "ResponsePropertyMinItemsDecreasedId", "ResponseBodyMinItemsUnsetId", "ResponsePropertyMinItemsUnsetId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.minItems, schemas.new.minItems)
        guard let narrowing = BoundComparison.narrowing(old, new, .lower) else { return }
        let change = old == nil ? "`minItems` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`minItems` \(BoundComparison.spell(old)) was removed"
            : "`minItems` \(BoundComparison.verb(narrowing, .lower)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "minItems", into: &log)
    }
}
