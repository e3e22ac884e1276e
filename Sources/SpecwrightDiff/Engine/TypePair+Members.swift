import SpecwrightModel

extension TypePair {
    /// Both structures' properties when both declarations are structs, matched by wire name.
    var structures: (old: Structure, new: Structure)? {
        guard case .structure(let old) = old.kind, case .structure(let new) = new.kind else { return nil }
        return (old, new)
    }

    func matchedProperties() -> [(old: Property, new: Property)] {
        guard let (old, new) = structures else { return [] }
        return old.properties.compactMap { property in
            new.properties.first { $0.wireName == property.wireName }.map { (property, $0) }
        }
    }

    func oldLocation(of property: Property) -> ChangeLocation { oldSide.location(of: property.schema) }
    func newLocation(of property: Property) -> ChangeLocation { newSide.location(of: property.schema) }

    /// Enum cases by raw value (`String` and integer enums alike), `nil` unless both sides are the same kind.
    var enumerationCases: (old: [(rawValue: String, name: String)], new: [(rawValue: String, name: String)])? {
        switch (old.kind, new.kind) {
        case (.stringEnumeration(let old), .stringEnumeration(let new)):
            return (old.cases.map { ($0.rawValue, $0.swiftName) }, new.cases.map { ($0.rawValue, $0.swiftName) })
        case (.integerEnumeration(let old), .integerEnumeration(let new)):
            return (old.cases.map { (String($0.rawValue), $0.swiftName) }, new.cases.map { (String($0.rawValue), $0.swiftName) })
        default:
            return nil
        }
    }

    /// Union cases, matched by the type they carry (old names translated), else by discriminator value.
    var unionCases: (matched: [(old: Union.Case, new: Union.Case)], removed: [Union.Case], added: [Union.Case])? {
        guard case .union(let old) = old.kind, case .union(let new) = new.kind else { return nil }
        var remaining = new.cases
        var matched: [(Union.Case, Union.Case)] = []
        var removed: [Union.Case] = []
        for oldCase in old.cases {
            let index = remaining.firstIndex { translated(oldCase.type) == $0.type.swiftName }
                ?? remaining.firstIndex { !$0.discriminatorValues.isEmpty && $0.discriminatorValues == oldCase.discriminatorValues }
            if let index {
                matched.append((oldCase, remaining.remove(at: index)))
            } else {
                removed.append(oldCase)
            }
        }
        return (matched, removed, remaining)
    }
}
