import SpecwrightModel

/// A struct became an enum, an enum a typealias: members and initializers differ wholesale.
struct SwiftTypeKindChanged: TypeCheck {
    let description = CheckDescription(
        id: "swift-type-kind-changed", level: .breaking,
        summary: "A generated type changed kind (struct, string or integer enum, union enum, typealias)"
    )

    func compare(_ types: TypePair, into log: inout ChangeLog) {
        let (old, new) = (Self.kind(types.old.kind), Self.kind(types.new.kind))
        guard old != new else { return }
        log.report(self, "`\(types.new.qualifiedName)` changed from \(old) to \(new)", old: types.oldLocation, new: types.newLocation)
    }

    static func kind(_ kind: TypeDeclaration.Kind) -> String {
        switch kind {
        case .structure: "a struct"
        case .stringEnumeration: "a String enum"
        case .integerEnumeration: "an integer enum"
        case .union: "an enum of variants"
        case .alias: "a typealias"
        }
    }
}
