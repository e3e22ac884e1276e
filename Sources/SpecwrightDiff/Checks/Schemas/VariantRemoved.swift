/// A `oneOf`/`anyOf` variant is gone: requests of that shape are refused.
struct VariantRemoved: SchemaCheck {
    let description = CheckDescription(
        id: "variant-removed", level: .breaking, summary: "A `oneOf`/`anyOf` variant was removed (breaking on a request)",
        oasdiffIDs: ["RequestBodyOneOfRemovedId", "RequestPropertyOneOfRemovedId", "RequestBodyAnyOfRemovedId",
                     "RequestPropertyAnyOfRemovedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        for (keyword, old, new) in [("oneOf", schemas.old.oneOf, schemas.new.oneOf), ("anyOf", schemas.old.anyOf, schemas.new.anyOf)]
        where !old.isEmpty && !new.isEmpty {
            for variant in VariantMatching.unmatched(old, in: new, oldSide: schemas.oldSide, newSide: schemas.newSide) {
                log.report(self, level: schemas.direction.level(for: .stricter),
                           "\(schemas.direction.label) \(schemas.subject): `\(keyword)` variant \(VariantMatching.name(variant, in: schemas.oldSide)) was removed",
                           old: schemas.oldSide.location(of: variant), new: schemas.newLocation(keyword))
            }
        }
    }
}
