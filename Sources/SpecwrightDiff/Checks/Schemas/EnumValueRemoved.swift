/// An enum value is gone: clients sending it are refused (a response sending fewer values breaks nothing).
struct EnumValueRemoved: SchemaCheck {
    let description = CheckDescription(
        id: "enum-value-removed", level: .breaking, summary: "An enum value was removed (breaking on a request)",
        oasdiffIDs: ["RequestBodyEnumValueRemovedId", "RequestPropertyEnumValueRemovedId", "RequestParameterEnumValueRemovedId",
                     "RequestParameterPropertyEnumValueRemovedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard let old = EnumValues(schemas.old), let new = EnumValues(schemas.new) else { return }
        for (text, node) in old.values where !new.contains(text) {
            log.report(self, level: schemas.direction.level(for: .stricter),
                       "\(schemas.direction.label) \(schemas.subject): enum value \(EnumValues.spell(text)) was removed",
                       old: ChangeLocation(node), new: schemas.newLocation("enum"))
        }
    }
}
