/// A schema limited to a list now takes any value of its type: a response may carry anything.
struct EnumRemoved: SchemaCheck {
    let description = CheckDescription(
        id: "enum-removed", level: .warning, summary: "A value list (`enum`) was removed (a warning on a response)"
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard schemas.old.enumValues != nil, schemas.new.enumValues == nil else { return }
        schemas.report(self, .looser, "is no longer limited to its enum values", keyword: "enum", into: &log)
    }
}
