/// The same JSON member is read into a property with another Swift name.
struct SwiftPropertyRenamed: TypeCheck {
    let description = CheckDescription(id: "swift-property-renamed", level: .breaking, summary: "A property of a generated struct was renamed")

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        for (old, new) in types.matchedProperties() where old.swiftName != new.swiftName {
            log.report(self, "property `\(types.new.qualifiedName).\(old.swiftName)` (JSON `\(old.wireName)`) is now `\(new.swiftName)`",
                       old: types.oldLocation(of: old), new: types.newLocation(of: new))
        }
    }
}
