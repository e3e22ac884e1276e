/// An enum case is gone (an enum value removed, a union variant removed): code naming it stops compiling.
struct SwiftCaseRemoved: TypeCheck {
    let description = CheckDescription(id: "swift-case-removed", level: .breaking, summary: "A case of a generated enum was removed")

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        if let (old, new) = types.enumerationCases {
            for oldCase in old where !new.contains(where: { $0.rawValue == oldCase.rawValue }) {
                report(types, oldCase.name, into: &log)
            }
        }
        for oldCase in types.unionCases?.removed ?? [] {
            report(types, oldCase.swiftName, into: &log)
        }
    }

    private func report(_ types: TypePair, _ name: String, into log: inout ChangeLog) {
        log.report(self, "case `\(types.new.qualifiedName).\(name)` was removed", old: types.oldLocation, new: types.newLocation)
    }
}
