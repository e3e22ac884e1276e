/// A new `oneOf`/`anyOf` variant: a response may now have a shape clients cannot decode.
struct VariantAdded: SchemaCheck {
    let description = CheckDescription(
        id: "variant-added", level: .breaking, summary: "A `oneOf`/`anyOf` variant was added (breaking on a response)",
        oasdiffIDs: ["ResponseBodyOneOfAddedId", "ResponsePropertyOneOfAddedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        for (keyword, old, new) in [("oneOf", schemas.old.oneOf, schemas.new.oneOf), ("anyOf", schemas.old.anyOf, schemas.new.anyOf)]
        where !old.isEmpty && !new.isEmpty {
            for variant in VariantMatching.unmatched(new, in: old, oldSide: schemas.newSide, newSide: schemas.oldSide) {
                log.report(self, level: schemas.direction.level(for: .looser),
                           "\(schemas.direction.label) \(schemas.subject): `\(keyword)` variant \(VariantMatching.name(variant, in: schemas.newSide)) was added",
                           old: schemas.oldLocation(keyword), new: schemas.newSide.location(of: variant))
            }
        }
    }
}
