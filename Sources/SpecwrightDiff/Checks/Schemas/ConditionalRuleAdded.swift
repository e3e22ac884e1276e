/// An `if`/`then`/`else` rule appeared: requests matching its condition must now satisfy more.
struct ConditionalRuleAdded: SchemaCheck {
    let description = CheckDescription(
        id: "conditional-rule-added", level: .breaking, summary: "An `if`, `then` or `else` was added (breaking on a request)",
        oasdiffIDs: ["RequestBodyIfAddedId", "RequestBodyThenAddedId", "RequestBodyElseAddedId", "RequestPropertyIfAddedId",
                     "RequestPropertyThenAddedId", "RequestPropertyElseAddedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let keywords = [("if", schemas.old.ifSchema, schemas.new.ifSchema), ("then", schemas.old.thenSchema, schemas.new.thenSchema),
                        ("else", schemas.old.elseSchema, schemas.new.elseSchema)]
        for (keyword, old, new) in keywords where old == nil && new != nil {
            schemas.report(self, .stricter, "`\(keyword)` was added", keyword: keyword, into: &log)
        }
    }
}
