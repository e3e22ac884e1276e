/// A discriminator value was removed or now selects another schema. A removed value is breaking on a request
/// (payloads carrying it are refused); a value selecting another schema is breaking both ways; an added
/// value on a response is a variant clients do not know (a warning).
struct DiscriminatorMappingChanged: SchemaCheck {
    let description = CheckDescription(
        id: "discriminator-mapping-changed", level: .breaking,
        summary: "A discriminator mapping value was removed, added or points at another schema"
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard let old = schemas.old.discriminator, let new = schemas.new.discriminator,
              old.propertyName == new.propertyName else { return }
        let keyword = "discriminator"
        for (value, target) in old.mapping {
            guard let newTarget = new.mapping[value] else {
                schemas.report(self, .stricter, "discriminator value `\(value)` was removed", keyword: keyword, into: &log)
                continue
            }
            let oldTarget = schemas.oldSide.relativeIdentity(target)
            if oldTarget != schemas.newSide.relativeIdentity(newTarget) {
                schemas.report(self, .incompatible,
                               "discriminator value `\(value)` selects `\(Self.pointer(newTarget))` instead of `\(Self.pointer(target))`",
                               keyword: keyword, into: &log)
            }
        }
        for value in new.mapping.keys where old.mapping[value] == nil {
            log.report(self, level: min(schemas.direction.level(for: .looser), .warning),
                       "\(schemas.direction.label) \(schemas.subject): discriminator value `\(value)` was added",
                       old: schemas.oldLocation(keyword), new: schemas.newLocation(keyword))
        }
    }

    private static func pointer(_ identity: String) -> String {
        String(identity[(identity.lastIndex(of: "#") ?? identity.startIndex)...])
    }
}
