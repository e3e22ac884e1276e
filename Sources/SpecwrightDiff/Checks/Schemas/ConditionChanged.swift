/// The `if` of a conditional rule tests something else: which payloads must satisfy `then` (or `else`) changed.
/// What `then` and `else` require is compared on its own, as any schema.
struct ConditionChanged: SchemaCheck {
    let description = CheckDescription(
        id: "condition-changed", level: .warning, summary: "The `if` condition of a conditional rule changed"
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard schemas.old.ifSchema != nil, schemas.new.ifSchema != nil,
              let old = schemas.oldSide.node(identity: schemas.old.identity)?["if"],
              let new = schemas.newSide.node(identity: schemas.new.identity)?["if"],
              CanonicalJSON.text(old) != CanonicalJSON.text(new) else { return }
        schemas.report(self, .unclear, "the `if` condition changed from \(CanonicalJSON.text(old)) to \(CanonicalJSON.text(new))",
                       keyword: "if", into: &log)
    }
}
