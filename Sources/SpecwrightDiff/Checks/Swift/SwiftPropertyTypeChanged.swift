/// A property has another Swift type (`String` → `Int`, `Date` → `String`, another generated type).
struct SwiftPropertyTypeChanged: TypeCheck {
    let description = CheckDescription(
        id: "swift-property-type-changed", level: .breaking, summary: "A property of a generated struct changed Swift type"
    )

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        for (old, new) in types.matchedProperties() where types.translated(old.type) != new.type.swiftName {
            log.report(self, "property `\(types.new.qualifiedName).\(new.swiftName)` changed type from `\(old.type.swiftName)` to `\(new.type.swiftName)`",
                       old: types.oldLocation(of: old), new: types.newLocation(of: new))
        }
    }
}
