/// `maximum` changed: decreased or added on a request, increased or removed on a response.
struct MaximumChanged: SchemaCheck {
    let description = CheckDescription(
        id: "maximum-changed", level: .breaking,
        summary: "`maximum` decreased or added on a request, increased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMaxDecreasedId", "RequestPropertyMaxDecreasedId", "RequestParameterMaxDecreasedId",
            "RequestBodyExclusiveMaxDecreasedId", "RequestPropertyExclusiveMaxDecreasedId",
            "RequestParameterExclusiveMaxDecreasedId", "ResponseBodyMaxIncreasedId", "ResponsePropertyMaxIncreasedId",
            "ResponseBodyExclusiveMaxIncreasedId", "ResponsePropertyExclusiveMaxIncreasedId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.maximum, schemas.new.maximum)
        guard let narrowing = BoundComparison.narrowing(old, new, .upper) else { return }
        let change = old == nil ? "`maximum` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`maximum` \(BoundComparison.spell(old)) was removed"
            : "`maximum` \(BoundComparison.verb(narrowing, .upper)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "maximum", into: &log)
    }
}
