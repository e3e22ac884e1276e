/// A new enum case: a `switch` over the enum without a `default` no longer covers every case.
struct SwiftCaseAdded: TypeCheck {
    let description = CheckDescription(
        id: "swift-case-added", level: .warning, summary: "A case was added to a generated enum (exhaustive switches need it)"
    )

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        if let (old, new) = types.enumerationCases {
            for newCase in new where !old.contains(where: { $0.rawValue == newCase.rawValue }) {
                report(types, newCase.name, into: &log)
            }
        }
        for newCase in types.unionCases?.added ?? [] {
            report(types, newCase.swiftName, into: &log)
        }
    }

    private func report(_ types: TypePair, _ name: String, into log: inout ChangeLog) {
        log.report(self, "case `\(types.new.qualifiedName).\(name)` was added", old: types.oldLocation, new: types.newLocation)
    }
}
