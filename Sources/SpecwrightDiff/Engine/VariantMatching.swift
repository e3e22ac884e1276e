import SpecwrightModel

/// Matches the members of two `oneOf`/`anyOf`/`allOf` lists: a `$ref` by its target, an inline schema by its
/// position among the inline ones. What is left over on either side was removed or added.
enum VariantMatching {
    static func pairs(_ old: [Schema], _ new: [Schema], oldSide: DiffSide, newSide: DiffSide) -> [(Schema, Schema)] {
        let oldKeys = keys(old, in: oldSide)
        let newKeys = keys(new, in: newSide)
        return zip(old, oldKeys).compactMap { schema, key in
            newKeys.firstIndex(of: key).map { (schema, new[$0]) }
        }
    }

    /// The members of `old` with no counterpart in `new`.
    static func unmatched(_ old: [Schema], in new: [Schema], oldSide: DiffSide, newSide: DiffSide) -> [Schema] {
        let newKeys = Set(keys(new, in: newSide))
        return zip(old, keys(old, in: oldSide)).filter { !newKeys.contains($0.1) }.map(\.0)
    }

    private static func keys(_ schemas: [Schema], in side: DiffSide) -> [String] {
        var inlineIndex = 0
        return schemas.map { schema in
            if let reference = schema.reference { return "ref " + side.relativeIdentity(reference) }
            defer { inlineIndex += 1 }
            return "inline \(inlineIndex)"
        }
    }
}

extension VariantMatching {
    /// `` `Card` `` for a component, else the variant's pointer.
    static func name(_ variant: Schema, in side: DiffSide) -> String {
        if let reference = variant.reference {
            return side.componentName(identity: reference).map { "`\($0)`" } ?? "`\(DiffSide.split(reference).pointer)`"
        }
        return "`\(DiffSide.split(variant.identity).pointer)`"
    }
}
