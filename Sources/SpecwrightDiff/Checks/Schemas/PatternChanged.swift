/// A `pattern` was added (stricter), removed (looser) or replaced (unknown without comparing the languages).
struct PatternChanged: SchemaCheck {
    let description = CheckDescription(
        id: "pattern-changed", level: .breaking,
        summary: "A pattern was added on a request or removed from a response; a replaced pattern is a warning",
        oasdiffIDs: ["RequestPropertyPatternAddedId", "RequestParameterPatternAddedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        switch (schemas.old.pattern, schemas.new.pattern) {
        case (nil, let new?):
            schemas.report(self, .stricter, "pattern `\(new)` was added", keyword: "pattern", into: &log)
        case (let old?, nil):
            schemas.report(self, .looser, "pattern `\(old)` was removed", keyword: "pattern", into: &log)
        case (let old?, let new?) where old != new:
            schemas.report(self, .unclear, "pattern changed from `\(old)` to `\(new)`", keyword: "pattern", into: &log)
        default:
            break
        }
    }
}
