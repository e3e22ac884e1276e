/// Renames nested types that would hide a top-level type from the code around them.
///
/// Inside `struct Charge`, a nested `enum Customer` (for an inline `customer` property) means every `Customer`
/// written in `Charge` is the nested enum, not the top-level `Customer` struct; a union case
/// `case customer(Customer)` would then contain its own enum. Names are given while properties are read,
/// before it is known which top-level types the rest of the declaration mentions, so the check runs once the
/// top-level declaration is complete.
enum NestedNameShadowing {
    /// What a nested type is called when its own name is taken by a top-level type it would hide:
    /// `Charge.Customer` becomes `Charge.CustomerValue` (then `CustomerValue2`, ...).
    static let suffix = "Value"

    static func resolve(_ declaration: TypeDeclaration) -> TypeDeclaration {
        var referencedRoots: Set<String> = []
        collectReferencedRoots(declaration, into: &referencedRoots)
        var renamed: [String: String] = [:]
        var result = declaration
        renameNestedTypes(in: &result, avoiding: referencedRoots, enclosing: [declaration.name], renamed: &renamed)
        guard !renamed.isEmpty else { return declaration }
        return renamingReferences(in: result) { renamed[$0] ?? $0 }
    }

    /// The first component of every type name the declaration tree mentions (`Customer` in `Customer.Address`):
    /// the top-level names that code inside the tree must still reach.
    private static func collectReferencedRoots(_ declaration: TypeDeclaration, into roots: inout Set<String>) {
        for type in declaration.kind.mentionedTypes {
            for name in type.namedTypes {
                roots.insert(String(name.prefix { $0 != "." }))
            }
        }
        for nested in declaration.nestedTypes { collectReferencedRoots(nested, into: &roots) }
    }

    private static func renameNestedTypes(
        in declaration: inout TypeDeclaration, avoiding roots: Set<String>, enclosing: Set<String>,
        renamed: inout [String: String]
    ) {
        var siblings = Set(declaration.nestedTypes.map(\.name))
        for index in declaration.nestedTypes.indices {
            var nested = declaration.nestedTypes[index]
            var name = nested.name
            if roots.contains(name) {
                let base = name + suffix
                name = base
                var counter = 2
                while siblings.contains(name) || roots.contains(name) || enclosing.contains(name) {
                    name = base + String(counter)
                    counter += 1
                }
                siblings.insert(name)
            }
            let qualifiedName = declaration.qualifiedName + "." + name
            if qualifiedName != nested.qualifiedName { renamed[nested.qualifiedName] = qualifiedName }
            nested.name = name
            nested.qualifiedName = qualifiedName
            renameNestedTypes(in: &nested, avoiding: roots, enclosing: enclosing.union([name]), renamed: &renamed)
            declaration.nestedTypes[index] = nested
        }
    }

    private static func renamingReferences(in declaration: TypeDeclaration, _ rename: (String) -> String) -> TypeDeclaration {
        var result = declaration
        result.kind = declaration.kind.renamingTypes(rename)
        result.nestedTypes = declaration.nestedTypes.map { renamingReferences(in: $0, rename) }
        return result
    }
}

extension TypeDeclaration.Kind {
    /// The types the declaration's members use.
    var mentionedTypes: [SwiftType] {
        switch self {
        case .structure(let structure): structure.properties.map(\.type) + (structure.additionalProperties.map { [$0] } ?? [])
        case .union(let union): union.cases.map(\.type)
        case .alias(let type): [type]
        case .stringEnumeration, .integerEnumeration: []
        }
    }

    /// The same declaration kind with each generated type it mentions renamed; a generator uses it to write a
    /// nested type's name relative to the code that mentions it.
    public func renamingTypes(_ rename: (String) -> String) -> Self {
        switch self {
        case .structure(var structure):
            for index in structure.properties.indices {
                structure.properties[index].type = structure.properties[index].type.renamingTypes(rename)
            }
            structure.additionalProperties = structure.additionalProperties?.renamingTypes(rename)
            return .structure(structure)
        case .union(var union):
            for index in union.cases.indices {
                union.cases[index].type = union.cases[index].type.renamingTypes(rename)
            }
            return .union(union)
        case .alias(let type):
            return .alias(type.renamingTypes(rename))
        case .stringEnumeration, .integerEnumeration:
            return self
        }
    }
}
