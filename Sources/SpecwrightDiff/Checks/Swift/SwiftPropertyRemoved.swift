/// A stored property is gone from a generated struct.
struct SwiftPropertyRemoved: TypeCheck {
    let description = CheckDescription(id: "swift-property-removed", level: .breaking, summary: "A property of a generated struct was removed")

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        guard let (old, new) = types.structures else { return }
        for property in old.properties where !new.properties.contains(where: { $0.wireName == property.wireName }) {
            log.report(self, "property `\(types.old.qualifiedName).\(property.swiftName)` was removed",
                       old: types.oldLocation(of: property), new: types.newLocation)
        }
    }
}
