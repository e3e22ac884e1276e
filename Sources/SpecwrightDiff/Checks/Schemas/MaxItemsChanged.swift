/// `maxItems` changed: decreased or added on a request, increased or removed on a response.
struct MaxItemsChanged: SchemaCheck {
    let description = CheckDescription(
        id: "max-items-changed", level: .breaking,
        summary: "`maxItems` decreased or added on a request, increased or removed on a response",
        oasdiffIDs: ["RequestParameterMaxItemsDecreasedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.maxItems, schemas.new.maxItems)
        guard let narrowing = BoundComparison.narrowing(old, new, .upper) else { return }
        let change = old == nil ? "`maxItems` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`maxItems` \(BoundComparison.spell(old)) was removed"
            : "`maxItems` \(BoundComparison.verb(narrowing, .upper)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "maxItems", into: &log)
    }
}
