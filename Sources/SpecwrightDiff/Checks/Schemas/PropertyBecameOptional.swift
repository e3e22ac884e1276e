/// A property that was always present may now be missing from a response.
struct PropertyBecameOptional: SchemaCheck {
    let description = CheckDescription(
        id: "property-became-optional", level: .breaking, summary: "A required property became optional (breaking on a response)",
        oasdiffIDs: ["ResponsePropertyBecameOptionalId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard !schemas.isAllOfMember else { return }
        let (old, new) = (schemas.oldShape, schemas.newShape)
        for name in old.required.sorted() where !new.required.contains(name) && new.properties[name] != nil {
            guard schemas.travels(new.properties[name], in: schemas.newSide) else { continue }
            log.report(self, level: schemas.direction.level(for: .looser),
                       "\(schemas.direction.label) \(schemas.subject): property `\(name)` became optional",
                       old: schemas.oldLocation("required"), new: schemas.newLocation(ofProperty: name))
        }
    }
}
