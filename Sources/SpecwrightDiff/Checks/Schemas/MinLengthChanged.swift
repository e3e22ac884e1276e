/// `minLength` changed: increased or added on a request, decreased or removed on a response.
struct MinLengthChanged: SchemaCheck {
    let description = CheckDescription(
        id: "min-length-changed", level: .breaking,
        summary: "`minLength` increased or added on a request, decreased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMinLengthIncreasedId", "RequestPropertyMinLengthIncreasedId",
            "RequestParameterMinLengthIncreasedId", "ResponseBodyMinLengthDecreasedId",
            "ResponsePropertyMinLengthDecreasedId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.minLength, schemas.new.minLength)
        guard let narrowing = BoundComparison.narrowing(old, new, .lower) else { return }
        let change = old == nil ? "`minLength` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`minLength` \(BoundComparison.spell(old)) was removed"
            : "`minLength` \(BoundComparison.verb(narrowing, .lower)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "minLength", into: &log)
    }
}
