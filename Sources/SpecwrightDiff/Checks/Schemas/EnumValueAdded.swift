/// A new enum value: a response may now carry a value clients do not know. Generated Swift keeps it
/// (`undocumented`), other clients may fail, so it is a warning.
struct EnumValueAdded: SchemaCheck {
    let description = CheckDescription(
        id: "enum-value-added", level: .warning, summary: "An enum value was added (a warning on a response)"
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard let old = EnumValues(schemas.old), let new = EnumValues(schemas.new) else { return }
        for (text, node) in new.values where !old.contains(text) {
            log.report(self, level: min(schemas.direction.level(for: .looser), description.level),
                       "\(schemas.direction.label) \(schemas.subject): enum value \(EnumValues.spell(text)) was added",
                       old: schemas.oldLocation("enum"), new: ChangeLocation(node))
        }
    }
}
