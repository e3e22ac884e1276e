/// Keeps every generated value small: a property whose type is a struct is stored behind a box, and a union
/// with a struct or union case is `indirect`.
///
/// Swift emits value witnesses (copy, assign, destroy) for each type, and outlined copies of a type in every
/// file that copies it, covering all of the type's inline storage. With nested structs stored inline that
/// storage is the whole tree below the type: in Stripe's types, 92 % of the LLVM IR of a file was such code,
/// and it is what debug builds of large specs spend their time on. Behind a box, a member is one reference,
/// so each type's witnesses cover its own members only. Arrays and dictionaries already live on the heap.
enum IndirectStorage {
    static func apply(to declarations: [TypeDeclaration]) -> [TypeDeclaration] {
        var kinds: [String: TypeDeclaration.Kind] = [:]
        func collect(_ declaration: TypeDeclaration) {
            kinds[declaration.qualifiedName] = declaration.kind
            declaration.nestedTypes.forEach(collect)
        }
        declarations.forEach(collect)

        /// The kind a stored value of `type` has, following aliases (a cycle of aliases ends the walk).
        func storedKind(_ type: SwiftType) -> TypeDeclaration.Kind? {
            var name = type.inlineNamedType
            var seen: Set<String> = []
            while let current = name, seen.insert(current).inserted, let kind = kinds[current] {
                guard case .alias(let target) = kind else { return kind }
                name = target.inlineNamedType
            }
            return nil
        }
        func isStructure(_ type: SwiftType) -> Bool {
            if case .structure = storedKind(type) { return true }
            return false
        }
        func isStructureOrUnion(_ type: SwiftType) -> Bool {
            switch storedKind(type) {
            case .structure, .union: true
            default: false
            }
        }

        func rewrite(_ declaration: TypeDeclaration) -> TypeDeclaration {
            var result = declaration
            switch declaration.kind {
            case .structure(var structure):
                for index in structure.properties.indices where isStructure(structure.properties[index].type) {
                    structure.properties[index].isBoxed = true
                }
                result.kind = .structure(structure)
            case .union(var union):
                if union.cases.contains(where: { isStructureOrUnion($0.type) }) { union.isIndirect = true }
                result.kind = .union(union)
            case .alias, .stringEnumeration, .integerEnumeration:
                break
            }
            result.nestedTypes = declaration.nestedTypes.map(rewrite)
            return result
        }
        return declarations.map(rewrite)
    }
}
