/// A generated typealias names another type.
struct SwiftTypealiasChanged: TypeCheck {
    let description = CheckDescription(id: "swift-typealias-changed", level: .breaking, summary: "A generated typealias names another type")

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        guard case .alias(let old) = types.old.kind, case .alias(let new) = types.new.kind,
              types.translated(old) != new.swiftName else { return }
        log.report(self, "typealias `\(types.new.qualifiedName)` is now `\(new.swiftName)` instead of `\(old.swiftName)`",
                   old: types.oldLocation, new: types.newLocation)
    }
}
