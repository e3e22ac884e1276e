/// A new property that must be sent: every existing request lacks it.
struct NewRequiredProperty: SchemaCheck {
    let description = CheckDescription(
        id: "new-required-property", level: .breaking, summary: "A required property was added (breaking on a request)",
        oasdiffIDs: [
            "NewRequiredRequestPropertyId", "NewRequiredRequestPropertyWithDefaultId",
            "NewRequiredRequestHeaderPropertyId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard !schemas.isAllOfMember else { return }
        let (old, new) = (schemas.oldShape, schemas.newShape)
        for (name, property) in new.properties where new.required.contains(name) && old.properties[name] == nil {
            guard schemas.travels(property, in: schemas.newSide) else { continue }
            log.report(self, level: schemas.direction.level(for: .stricter),
                       "\(schemas.direction.label) \(schemas.subject): required property `\(name)` was added",
                       old: schemas.oldLocation("properties"), new: schemas.newLocation(ofProperty: name))
        }
    }
}
