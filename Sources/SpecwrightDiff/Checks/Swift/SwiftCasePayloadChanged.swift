/// A union case carries another type: pattern matches on its payload stop compiling.
struct SwiftCasePayloadChanged: TypeCheck {
    let description = CheckDescription(
        id: "swift-case-payload-changed", level: .breaking, summary: "A case of a generated union enum carries another type"
    )

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        for (old, new) in types.unionCases?.matched ?? [] where types.translated(old.type) != new.type.swiftName {
            log.report(self, "case `\(types.new.qualifiedName).\(new.swiftName)` carries `\(new.type.swiftName)` instead of `\(old.type.swiftName)`",
                       old: types.oldLocation, new: types.newLocation)
        }
    }
}
