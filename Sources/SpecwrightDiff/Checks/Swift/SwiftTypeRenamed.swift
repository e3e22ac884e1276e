/// The same schema generates a type with another name (a renamed component, a new naming conflict).
struct SwiftTypeRenamed: TypeCheck {
    let description = CheckDescription(id: "swift-type-renamed", level: .breaking, summary: "A generated type was renamed")

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        guard types.old.qualifiedName != types.new.qualifiedName else { return }
        log.report(self, "type `\(types.old.qualifiedName)` is now `\(types.new.qualifiedName)`",
                   old: types.oldLocation, new: types.newLocation)
    }
}
