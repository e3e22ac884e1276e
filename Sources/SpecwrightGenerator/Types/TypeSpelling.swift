import SpecwrightModel

/// Writes a generated type's name the way a person would inside a given declaration: `Address` rather than
/// `Customer.Billing.Address` when the code sits in `Customer.Billing` and nothing closer is called `Address`.
///
/// The model names types by their full path; Swift resolves a name from the innermost type outwards, so the
/// shortest suffix of the path that resolves to the same type is enough.
struct TypeSpelling {
    /// The declarations from the outermost to the one whose members are written, each with the names of the
    /// types nested directly in it.
    private var path: [(name: String, nestedNames: Set<String>)] = []

    /// The spelling inside `declaration`, nested in the declarations of `self`.
    func entering(_ declaration: TypeDeclaration) -> TypeSpelling {
        entering(declaration.name, nestedNames: Set(declaration.nestedTypes.map(\.name)))
    }

    func entering(_ name: String, nestedNames: Set<String>) -> TypeSpelling {
        var result = self
        result.path.append((name, nestedNames))
        return result
    }

    func spell(_ qualifiedName: String) -> String {
        let target = qualifiedName.split(separator: ".")
        var common = 0
        while common < min(path.count, target.count), path[common].name == target[common] { common += 1 }
        // A top-level type: nested types never take the name of a top-level type their tree mentions.
        guard common > 0 else { return qualifiedName }
        // The type itself or one around it: nested types never take the name of a type around them.
        guard common < target.count else { return String(target[target.count - 1]) }
        // Another type in the same tree: the remainder after the shared path, unless a type between here and
        // the shared ancestor has a nested type with the remainder's first name, which would be found first.
        let first = String(target[common])
        if path[common...].contains(where: { $0.nestedNames.contains(first) }) { return qualifiedName }
        return target[common...].joined(separator: ".")
    }
}
