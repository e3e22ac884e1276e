/// Moves inline types that turned out to be used from several places to the top level.
///
/// The translator types an inline schema where it first meets it, nested in the type that uses it
/// (`OrdersCreateResponse422.Details`). When the same schema (by `StructuralKey`) comes up again elsewhere,
/// the second use is given a top-level name at once; this pass then moves the first declaration (found by its
/// schema's identity, which survives the renames `NestedNameShadowing` makes) to that name, its own nested
/// types with it, and rewrites every reference to the old names.
enum SharedTypeHoisting {
    /// - Parameters:
    ///   - names: schema identity of a nested declaration → the top-level name it moves to.
    ///   - undocumented: identities of the moving declarations whose description was only their first use's.
    static func apply(to declarations: [TypeDeclaration], names: [String: String], undocumented: Set<String> = []) -> [TypeDeclaration] {
        guard !names.isEmpty else { return declarations }
        var renames: [String: String] = [:]
        for declaration in declarations { collectRenames(in: declaration, names: names, into: &renames) }
        let rename = { (name: String) in renamed(name, renames) }
        var hoisted: [TypeDeclaration] = []
        let kept = declarations.map { removeHoisted(from: $0, names: names, into: &hoisted) }
        for index in hoisted.indices where undocumented.contains(hoisted[index].schema.identity) {
            hoisted[index].documentation.description = nil
        }
        return (kept + hoisted).map { declaration in
            NestedNameShadowing.resolve(requalified(declaration, rename))
        }
    }

    private static func collectRenames(in declaration: TypeDeclaration, names: [String: String], into renames: inout [String: String]) {
        for nested in declaration.nestedTypes {
            if let name = names[nested.schema.identity] { renames[nested.qualifiedName] = name }
            collectRenames(in: nested, names: names, into: &renames)
        }
    }

    /// `A.Details.Item` → `Details.Item` when `A.Details` moved to `Details`: the longest moved prefix decides.
    private static func renamed(_ name: String, _ renames: [String: String]) -> String {
        var prefix = Substring(name)
        while true {
            if let target = renames[String(prefix)] { return target + name.dropFirst(prefix.count) }
            guard let dot = prefix.lastIndex(of: ".") else { return name }
            prefix = prefix[..<dot]
        }
    }

    /// The declaration without the nested declarations that move; those (each without its own moving nested
    /// declarations) are appended to `hoisted`, outermost first.
    private static func removeHoisted(from declaration: TypeDeclaration, names: [String: String], into hoisted: inout [TypeDeclaration]) -> TypeDeclaration {
        var result = declaration
        result.nestedTypes = []
        for nested in declaration.nestedTypes {
            if names[nested.schema.identity] != nil {
                var moved: [TypeDeclaration] = []
                let stripped = removeHoisted(from: nested, names: names, into: &moved)
                hoisted.append(stripped)
                hoisted.append(contentsOf: moved)
            } else {
                result.nestedTypes.append(removeHoisted(from: nested, names: names, into: &hoisted))
            }
        }
        return result
    }

    /// The declaration under its new name, its nested types' names and every type it mentions renamed.
    private static func requalified(_ declaration: TypeDeclaration, _ rename: (String) -> String) -> TypeDeclaration {
        var result = declaration
        result.qualifiedName = rename(declaration.qualifiedName)
        result.name = String(result.qualifiedName.split(separator: ".").last ?? Substring(result.qualifiedName))
        result.kind = declaration.kind.renamingTypes(rename)
        result.nestedTypes = declaration.nestedTypes.map { requalified($0, rename) }
        return result
    }
}
