import SpecwrightModel

/// A security scheme kept its name but not its meaning (another type, another header, another HTTP scheme):
/// credentials sent the old way are no longer read.
struct SecuritySchemeChanged: DocumentCheck {
    let description = CheckDescription(
        id: "security-scheme-changed", level: .breaking,
        summary: "A security scheme's type, HTTP scheme or API key location or name changed"
    )

    func compare(_ documents: DocumentPair, into log: inout ChangeLog) {
        for old in documents.old.model.securitySchemes {
            guard let new = documents.new.model.securitySchemes.first(where: { $0.name == old.name }) else { continue }
            let differences = [
                ("type", old.type, new.type), ("scheme", old.scheme?.lowercased(), new.scheme?.lowercased()),
                ("in", old.keyLocation, new.keyLocation), ("name", old.keyName, new.keyName),
            ].filter { $0.1 != $0.2 }
            for (field, oldValue, newValue) in differences {
                let pointer = "#/components/securitySchemes/" + escaped(old.name)
                let oldLocation = documents.old.location(identity: documents.old.spec.rootFile + pointer, keyword: field)
                let newLocation = documents.new.location(identity: documents.new.spec.rootFile + pointer, keyword: field)
                guard let oldLocation, let newLocation else { continue }
                let spell = { (value: String?) in value.map { "`\($0)`" } ?? "nothing" }
                log.report(self, "security scheme `\(old.name)`: `\(field)` changed from \(spell(oldValue)) to \(spell(newValue))",
                           old: oldLocation, new: newLocation)
            }
        }
    }
}
