/// The `format` changed. A wider integer or floating-point format is looser, a narrower one stricter; any
/// other change replaces one set of values with another.
struct FormatChanged: SchemaCheck {
    let description = CheckDescription(
        id: "format-changed", level: .breaking,
        summary: "The format changed: added or narrowed on a request, removed or widened on a response",
        oasdiffIDs: ["RequestBodyTypeChangedId", "RequestPropertyTypeChangedId", "RequestParameterTypeChangedId",
                     "ResponseBodyTypeChangedId", "ResponsePropertyTypeChangedId"]
    )

    /// Formats ordered by the values they accept, narrowest first.
    private static let widening: [[String]] = [["int32", "int64"], ["float", "double"]]

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.format, schemas.new.format)
        guard old != new else { return }
        let narrowing: Narrowing
        switch (old, new) {
        case (nil, _): narrowing = .stricter
        case (_, nil): narrowing = .looser
        case (let old?, let new?):
            if let scale = Self.widening.first(where: { $0.contains(old) && $0.contains(new) }) {
                narrowing = scale.firstIndex(of: new)! < scale.firstIndex(of: old)! ? .stricter : .looser
            } else {
                narrowing = .incompatible
            }
        }
        schemas.report(self, narrowing, "format changed from \(old.map { "`\($0)`" } ?? "none") to \(new.map { "`\($0)`" } ?? "none")",
                       keyword: "format", into: &log)
    }
}
