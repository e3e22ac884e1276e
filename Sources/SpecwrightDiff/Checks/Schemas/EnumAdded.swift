/// A schema that took any value of its type now takes only a list.
struct EnumAdded: SchemaCheck {
    let description = CheckDescription(
        id: "enum-added", level: .breaking, summary: "A value list (`enum`) was added (breaking on a request)",
        oasdiffIDs: ["RequestBodyBecameEnumId", "RequestPropertyBecameEnumId", "RequestParameterBecameEnumId",
                     "RequestHeaderPropertyBecameEnumId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        guard schemas.old.enumValues == nil, let new = EnumValues(schemas.new) else { return }
        let values = new.values.map { EnumValues.spell($0.text) }.joined(separator: ", ")
        schemas.report(self, .stricter, "became an enum of \(values)", keyword: "enum", into: &log)
    }
}
