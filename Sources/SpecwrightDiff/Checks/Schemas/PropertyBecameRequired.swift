/// A property that could be left out must now be sent (on a request); on a response it is always present now.
struct PropertyBecameRequired: SchemaCheck {
    let description = CheckDescription(
        id: "property-became-required", level: .breaking, summary: "An optional property became required (breaking on a request)",
        oasdiffIDs: ["RequestPropertyBecameRequiredId", "RequestPropertyBecameRequiredWithDefaultId",
                     "RequestHeaderPropertyBecameRequiredId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard !schemas.isAllOfMember else { return }
        let (old, new) = (schemas.oldShape, schemas.newShape)
        for name in new.required.sorted() where !old.required.contains(name) {
            // A property new on this side is `new-required-property`.
            guard old.properties[name] != nil || new.properties[name] == nil,
                  schemas.travels(new.properties[name], in: schemas.newSide) else { continue }
            log.report(self, level: schemas.direction.level(for: .stricter),
                       "\(schemas.direction.label) \(schemas.subject): property `\(name)` became required",
                       old: schemas.oldLocation(ofProperty: name), new: schemas.newLocation("required"))
        }
    }
}
