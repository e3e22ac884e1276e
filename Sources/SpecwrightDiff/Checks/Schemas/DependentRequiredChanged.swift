/// `dependentRequired` (or draft 4-7 `dependencies` lists) changed: a property present now requires more
/// (stricter) or fewer (looser) others.
struct DependentRequiredChanged: SchemaCheck {
    let description = CheckDescription(
        id: "dependent-required-changed", level: .breaking,
        summary: "`dependentRequired` asks more on a request or less on a response",
        oasdiffIDs: ["RequestBodyDependentRequiredAddedId", "RequestBodyDependentRequiredChangedId",
                     "RequestPropertyDependentRequiredAddedId", "RequestPropertyDependentRequiredChangedId",
                     "ResponseBodyDependentRequiredRemovedId", "ResponseBodyDependentRequiredChangedId",
                     "ResponsePropertyDependentRequiredRemovedId", "ResponsePropertyDependentRequiredChangedId"]
    )

    func compare(_ schemas: SchemaPair, into log: inout ChangeLog) {
        let (old, new) = (schemas.old.dependentRequired, schemas.new.dependentRequired)
        let keyword = "dependentRequired"
        for trigger in Set(old.keys).union(new.keys).sorted() {
            let before = Set(old[trigger] ?? [])
            let after = Set(new[trigger] ?? [])
            let added = after.subtracting(before).sorted()
            let removed = before.subtracting(after).sorted()
            guard !added.isEmpty || !removed.isEmpty else { continue }
            let narrowing: Narrowing = removed.isEmpty ? .stricter : added.isEmpty ? .looser : .incompatible
            var parts: [String] = []
            if !added.isEmpty { parts.append("now also requires \(Self.list(added))") }
            if !removed.isEmpty { parts.append("no longer requires \(Self.list(removed))") }
            schemas.report(self, narrowing, "when `\(trigger)` is present, it \(parts.joined(separator: " and "))",
                           keyword: keyword, into: &log)
        }
    }

    private static func list(_ names: [String]) -> String {
        names.map { "`\($0)`" }.joined(separator: ", ")
    }
}
