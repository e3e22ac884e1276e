/// `maxLength` changed: decreased or added on a request, increased or removed on a response.
struct MaxLengthChanged: SchemaCheck {
    let description = CheckDescription(
        id: "max-length-changed", level: .breaking,
        summary: "`maxLength` decreased or added on a request, increased or removed on a response",
        oasdiffIDs: [
            "RequestBodyMaxLengthDecreasedId", "RequestPropertyMaxLengthDecreasedId",
            "RequestParameterMaxLengthDecreasedId", "ResponseBodyMaxLengthIncreasedId",
            "ResponsePropertyMaxLengthIncreasedId", "ResponseBodyMaxLengthUnsetId", "ResponsePropertyMaxLengthUnsetId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.maxLength, schemas.new.maxLength)
        guard let narrowing = BoundComparison.narrowing(old, new, .upper) else { return }
        let change = old == nil ? "`maxLength` \(BoundComparison.spell(new)) was added"
            : new == nil ? "`maxLength` \(BoundComparison.spell(old)) was removed"
            : "`maxLength` \(BoundComparison.verb(narrowing, .upper)) from \(BoundComparison.spell(old)) to \(BoundComparison.spell(new))"
        schemas.report(self, narrowing, change, keyword: "maxLength", into: &log)
    }
}
