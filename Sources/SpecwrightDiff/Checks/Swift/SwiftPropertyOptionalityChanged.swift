/// A property became optional (code reading it must now unwrap) or non-optional (`?.` and `if let` on it no
/// longer compile, and initializers need a value).
struct SwiftPropertyOptionalityChanged: TypeCheck {
    let description = CheckDescription(
        id: "swift-property-optionality-changed", level: .breaking,
        summary: "A property of a generated struct became optional or non-optional"
    )

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        for (old, new) in types.matchedProperties() where old.isOptional != new.isOptional {
            let change = new.isOptional ? "became optional" : "became non-optional"
            log.report(self, "property `\(types.new.qualifiedName).\(new.swiftName)` \(change)",
                       old: types.oldLocation(of: old), new: types.newLocation(of: new))
        }
    }
}
