import SpecwrightModel
import SpecwrightReader

/// One side of a comparison: a read spec and the model built from it.
public struct DiffSide: Sendable {
    public let spec: Spec
    public let model: APIModel
    /// The root document's folder with a final `/`: other files' identities are keyed relative to it.
    private let rootFolder: String

    public init(spec: Spec, model: APIModel) {
        self.spec = spec
        self.model = model
        rootFolder = String(spec.rootFile[..<(spec.rootFile.lastIndex(of: "/") ?? spec.rootFile.startIndex)]) + "/"
    }

    /// Reads the spec at `path` (and every file it references) and builds its model.
    public static func load(fileAt path: String) throws -> DiffSide {
        let spec = try Spec.load(fileAt: path)
        return DiffSide(spec: spec, model: try ModelBuilder.build(spec))
    }

    /// The node at `identity` (`file#pointer`), if the spec has it. Where the pointer passes through a `$ref`
    /// (`/responses/200/headers/X` with a referenced response), it goes on from the `$ref`'s target.
    func node(identity: String) -> Node? {
        let (file, pointer) = Self.split(identity)
        guard var current = spec.documents[file], let tokens = JSONPointer.tokens(pointer) else { return nil }
        for token in tokens {
            if let member = current.descendant(atPointer: "/" + JSONPointer.escape(token)) {
                current = member
            } else if current.reference != nil, let target = try? spec.dereference(current),
                      let member = target.descendant(atPointer: "/" + JSONPointer.escape(token)) {
                current = member
            } else {
                return nil
            }
        }
        return current
    }

    /// Where the node at `identity` is, or where its `keyword` member is written when it has one.
    func location(identity: String, keyword: String? = nil) -> ChangeLocation? {
        guard let node = node(identity: identity) else { return nil }
        if let keyword, let member = node[keyword] { return ChangeLocation(member) }
        return ChangeLocation(node)
    }

    /// Where a schema, or one of its keywords, is written.
    func location(of schema: Schema, keyword: String? = nil) -> ChangeLocation {
        location(identity: schema.identity, keyword: keyword)
            ?? ChangeLocation(schema.location, pointer: Self.split(schema.identity).pointer)
    }

    /// The schema a `$ref` chain ends at (the schema itself when it is no reference). A target the model
    /// never reached is left as the reference.
    func resolve(_ schema: Schema) -> Schema {
        var current = schema
        var visited: Set<String> = []
        while let reference = current.reference, visited.insert(current.identity).inserted,
              let target = model.schemasByIdentity[reference] {
            current = target
        }
        return current
    }

    /// The component name when `identity` is a component schema of the root document (`Customer`).
    func componentName(identity: String) -> String? {
        let (file, pointer) = Self.split(identity)
        let prefix = "/components/schemas/"
        guard file == spec.rootFile, pointer.hasPrefix(prefix) else { return nil }
        let name = pointer.dropFirst(prefix.count)
        guard !name.contains("/") else { return nil }
        return JSONPointer.unescape(name)
    }

    /// `identity` with its file relative to the root document's folder, so that the same place in two copies
    /// of a spec (two revisions, two folders) has the same key.
    func relativeIdentity(_ identity: String) -> String {
        let (file, pointer) = Self.split(identity)
        let relativeFile = file == spec.rootFile ? "" : file.hasPrefix(rootFolder) ? String(file.dropFirst(rootFolder.count)) : file
        return relativeFile + "#" + pointer
    }

    static func split(_ identity: String) -> (file: String, pointer: String) {
        let (file, pointer) = NodeIdentity.split(identity)
        return (String(file), String(pointer))
    }
}
