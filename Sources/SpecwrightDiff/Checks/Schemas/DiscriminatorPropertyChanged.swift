/// The discriminator reads another property (or none, or one appeared): every payload is told apart differently.
struct DiscriminatorPropertyChanged: SchemaCheck {
    let description = CheckDescription(
        id: "discriminator-property-changed", level: .breaking, summary: "The discriminator's property name changed"
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let old = schemas.old.discriminator?.propertyName
        let new = schemas.new.discriminator?.propertyName
        guard old != new else { return }
        let spell = { (name: String?) in name.map { "`\($0)`" } ?? "none" }
        schemas.report(self, .incompatible, "discriminator property changed from \(spell(old)) to \(spell(new))",
                       keyword: "discriminator", into: &log)
    }
}
