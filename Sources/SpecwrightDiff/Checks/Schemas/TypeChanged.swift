import SpecwrightModel

/// The JSON types a schema allows changed (`type`, `integer` being a kind of `number`).
struct TypeChanged: SchemaCheck {
    let description = CheckDescription(
        id: "type-changed", level: .breaking,
        summary: "The JSON type changed: fewer types on a request, more on a response, or another type",
        oasdiffIDs: [
            "RequestBodyTypeChangedId", "RequestPropertyTypeChangedId", "RequestParameterTypeChangedId",
            "RequestBodyListOfTypesNarrowedId", "RequestPropertyListOfTypesNarrowedId", "RequestParameterListOfTypesNarrowedId",
            "RequestParameterPropertyListOfTypesNarrowedId", "ResponseBodyTypeChangedId", "ResponsePropertyTypeChangedId",
            "ResponseHeaderTypeChangedId", "ResponseBodyTypeGeneralizedId", "ResponsePropertyTypeGeneralizedId",
            "ResponseHeaderTypeGeneralizedId", "ResponseBodyListOfTypesWidenedId", "ResponsePropertyListOfTypesWidenedId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let old = Self.allowed(schemas.old.nonNullTypes)
        let new = Self.allowed(schemas.new.nonNullTypes)
        guard old != new else { return }
        let narrowing: Narrowing = new.isSubset(of: old) ? .stricter : old.isSubset(of: new) ? .looser : .incompatible
        schemas.report(self, narrowing, "type changed from \(Self.spell(schemas.old.nonNullTypes)) to \(Self.spell(schemas.new.nonNullTypes))",
                       keyword: "type", into: &log)
    }

    /// The types whose values a schema accepts; `number` includes `integer`, no `type` accepts all.
    private static func allowed(_ types: [Schema.JSONType]?) -> Set<Schema.JSONType> {
        guard let types else { return Set(Schema.JSONType.allCases).subtracting([.null]) }
        var set = Set(types)
        if set.contains(.number) { set.insert(.integer) }
        return set
    }

    private static func spell(_ types: [Schema.JSONType]?) -> String {
        guard let types, !types.isEmpty else { return "any type" }
        return types.map { "`\($0.rawValue)`" }.joined(separator: " or ")
    }
}
