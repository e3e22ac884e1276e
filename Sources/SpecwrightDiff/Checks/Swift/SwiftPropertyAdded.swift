/// A new non-optional property: the struct's initializer gains a parameter without a default, so every call
/// to it stops compiling. (A new optional property defaults to `nil` and breaks nothing.)
struct SwiftPropertyAdded: TypeCheck {
    let description = CheckDescription(
        id: "swift-property-added", level: .breaking,
        summary: "A non-optional property was added to a generated struct (its initializer needs a new argument)"
    )

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        guard let (old, new) = types.structures else { return }
        for property in new.properties where !old.properties.contains(where: { $0.wireName == property.wireName }) {
            log.report(self, level: property.isOptional ? .info : .breaking,
                       "\(property.isOptional ? "optional" : "non-optional") property `\(types.new.qualifiedName).\(property.swiftName)` was added",
                       old: types.oldLocation, new: types.newLocation(of: property))
        }
    }
}
