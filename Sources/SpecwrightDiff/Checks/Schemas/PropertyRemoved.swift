/// A property is gone. In a response, clients reading it find nothing (breaking when it was required); in
/// a request, clients still send it and a strict server refuses it.
struct PropertyRemoved: SchemaCheck {
    let description = CheckDescription(
        id: "property-removed", level: .breaking,
        summary: "A property was removed (breaking when a response no longer has a required property)",
        oasdiffIDs: ["ResponseRequiredPropertyRemovedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard !schemas.isAllOfMember else { return }
        let (old, new) = (schemas.oldShape, schemas.newShape)
        for (name, property) in old.properties where new.properties[name] == nil && schemas.travels(property, in: schemas.oldSide) {
            let wasRequired = old.required.contains(name)
            let level: ChangeLevel = schemas.direction == .response && wasRequired ? .breaking : .warning
            log.report(self, level: level,
                       "\(schemas.direction.label) \(schemas.subject): \(wasRequired ? "required " : "")property `\(name)` was removed",
                       old: schemas.oldLocation(ofProperty: name), new: schemas.newLocation("properties"))
        }
    }
}
