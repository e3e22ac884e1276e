import SpecwrightModel

/// The Swift declarations generated for the same schema on both sides, found by the schema's place in the
/// spec (its wire identity), never by the Swift name: a renaming rule cannot fake a change.
struct TypePair {
    let old: TypeDeclaration
    let new: TypeDeclaration
    let oldSide: DiffSide
    let newSide: DiffSide
    /// Old qualified name → new qualified name of every matched declaration, to compare property types
    /// without reporting a renamed type again at every property that uses it.
    let renamedTypes: [String: String]

    var oldLocation: ChangeLocation { oldSide.location(of: old.schema) }
    var newLocation: ChangeLocation { newSide.location(of: new.schema) }

    /// The old Swift type as the new module would spell it, if only its types' names had changed.
    func translated(_ type: SwiftType) -> String {
        type.renamingTypes { renamedTypes[$0] ?? $0 }.swiftName
    }
}

/// Every declaration of both modules, nested ones included, matched by the relative identity of their schema.
struct TypeMatching {
    let pairs: [TypePair]
    /// Declarations only in the old module.
    let removed: [TypeDeclaration]

    init(old: DiffSide, new: DiffSide) {
        // One schema can be declared more than once (an inline schema of a shared file used in two places):
        // the n-th declaration on one side matches the n-th on the other.
        var newByKey: [String: [TypeDeclaration]] = [:]
        for declaration in Self.flatten(new.model.types) {
            newByKey[new.relativeIdentity(declaration.schema.identity), default: []].append(declaration)
        }
        var matched: [(TypeDeclaration, TypeDeclaration)] = []
        var removed: [TypeDeclaration] = []
        var occurrences: [String: Int] = [:]
        for declaration in Self.flatten(old.model.types) {
            let key = old.relativeIdentity(declaration.schema.identity)
            let index = occurrences[key, default: 0]
            occurrences[key] = index + 1
            if let candidates = newByKey[key], candidates.indices.contains(index) {
                matched.append((declaration, candidates[index]))
            } else {
                removed.append(declaration)
            }
        }
        let renames = Dictionary(matched.map { ($0.qualifiedName, $1.qualifiedName) }, uniquingKeysWith: { first, _ in first })
        pairs = matched.map { TypePair(old: $0, new: $1, oldSide: old, newSide: new, renamedTypes: renames) }
        self.removed = removed
    }

    private static func flatten(_ declarations: [TypeDeclaration]) -> [TypeDeclaration] {
        var all: [TypeDeclaration] = []
        func collect(_ declarations: [TypeDeclaration]) {
            for declaration in declarations {
                all.append(declaration)
                collect(declaration.nestedTypes)
            }
        }
        collect(declarations)
        return all
    }
}
