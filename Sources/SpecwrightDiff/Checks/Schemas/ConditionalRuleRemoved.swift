/// An `if`/`then`/`else` rule is gone: responses no longer promise what it guaranteed.
struct ConditionalRuleRemoved: SchemaCheck {
    let description = CheckDescription(
        id: "conditional-rule-removed", level: .breaking, summary: "An `if`, `then` or `else` was removed (breaking on a response)",
        oasdiffIDs: ["ResponseBodyIfRemovedId", "ResponseBodyThenRemovedId", "ResponseBodyElseRemovedId",
                     "ResponsePropertyIfRemovedId", "ResponsePropertyThenRemovedId", "ResponsePropertyElseRemovedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let keywords = [("if", schemas.old.ifSchema, schemas.new.ifSchema), ("then", schemas.old.thenSchema, schemas.new.thenSchema),
                        ("else", schemas.old.elseSchema, schemas.new.elseSchema)]
        for (keyword, old, new) in keywords where old != nil && new == nil {
            schemas.report(self, .looser, "`\(keyword)` was removed", keyword: keyword, into: &log)
        }
    }
}
