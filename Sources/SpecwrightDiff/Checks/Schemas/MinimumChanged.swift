/// `minimum` changed: increased or added on a request, decreased or removed on a response.
struct MinimumChanged: SchemaCheck {
    let description = CheckDescription(
        id: "minimum-changed", level: .breaking,
        summary: "`minimum` increased or added on a request, decreased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMinIncreasedId", "RequestPropertyMinIncreasedId", "RequestParameterMinIncreasedId",
            "RequestBodyExclusiveMinIncreasedId", "RequestPropertyExclusiveMinIncreasedId",
            "RequestParameterExclusiveMinIncreasedId", "ResponseBodyMinDecreasedId", "ResponsePropertyMinDecreasedId",
            "ResponseBodyExclusiveMinDecreasedId", "ResponsePropertyExclusiveMinDecreasedId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.minimum, schemas.new.minimum)
        guard let narrowing = BoundComparison.narrowing(old, new, .lower) else { return }
        let change = old == nil ? "`minimum` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`minimum` \(BoundComparison.spell(old)) was removed"
            : "`minimum` \(BoundComparison.verb(narrowing, .lower)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "minimum", into: &log)
    }
}
