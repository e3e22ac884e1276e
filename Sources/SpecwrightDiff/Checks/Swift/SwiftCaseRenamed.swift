/// The same enum value or union variant has a case with another name.
struct SwiftCaseRenamed: TypeCheck {
    let description = CheckDescription(id: "swift-case-renamed", level: .breaking, summary: "A case of a generated enum was renamed")

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        if let (old, new) = types.enumerationCases {
            for oldCase in old {
                guard let newCase = new.first(where: { $0.rawValue == oldCase.rawValue }), newCase.name != oldCase.name else { continue }
                report(types, oldCase.name, newCase.name, into: &log)
            }
        }
        for (oldCase, newCase) in types.unionCases?.matched ?? [] where oldCase.swiftName != newCase.swiftName {
            report(types, oldCase.swiftName, newCase.swiftName, into: &log)
        }
    }

    private func report(_ types: TypePair, _ old: String, _ new: String, into log: inout ChangeLog) {
        log.report(self, "case `\(types.new.qualifiedName).\(old)` is now `\(new)`", old: types.oldLocation, new: types.newLocation)
    }
}
