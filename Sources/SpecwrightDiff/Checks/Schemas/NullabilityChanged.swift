/// `null` became allowed or disallowed (`nullable`, a `null` type, or `null` among the enum values).
struct NullabilityChanged: SchemaCheck {
    let description = CheckDescription(
        id: "nullability-changed", level: .breaking,
        summary: "`null` is no longer accepted on a request, or may now be sent in a response",
        oasdiffIDs: [
            "RequestBodyBecomeNotNullableId", "RequestPropertyBecomeNotNullableId", "RequestParameterBecameNotNullableId",
            "RequestParameterPropertyBecameNotNullableId", "ResponseBodyBecameNullableId", "ResponsePropertyBecameNullableId",
            "ResponseHeaderBecameNullableId",
        ]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        // A schema that constrains no type accepts `null` whatever it says; only typed schemas are compared.
        guard schemas.old.types != nil || schemas.old.enumValues != nil,
              schemas.new.types != nil || schemas.new.enumValues != nil,
              schemas.old.allowsNull != schemas.new.allowsNull else { return }
        let keyword = schemas.new.isNullableKeyword || schemas.old.isNullableKeyword ? "nullable" : "type"
        if schemas.new.allowsNull {
            schemas.report(self, .looser, "became nullable", keyword: keyword, into: &log)
        } else {
            schemas.report(self, .stricter, "is no longer nullable", keyword: keyword, into: &log)
        }
    }
}
