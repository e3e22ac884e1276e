import Foundation
import OrderedCollections

/// Assembles `Node`s from a stream of parse events (start a collection, a key, a scalar, end), keeping the
/// position and JSON pointer of every node and the position of every key.
///
/// The open collections live on an explicit stack, so deep input cannot overflow the call stack.
struct TreeBuilder {
    /// A document in which aliases add more than this many nodes is refused, so that an "alias bomb"
    /// (a few lines expanding to billions of nodes) cannot hang whoever walks the tree.
    static let maximumAliasExpansion = 5_000_000
    /// Deeper nesting is refused; libyaml stops at 1,000 levels too.
    static let maximumDepth = 1_000

    let file: String
    /// The pointer of the root node: `""` for a document, the extension's for a `DeferredSubtree`.
    private let rootPointer: String
    private(set) var root: Sized?
    private var stack: [Frame] = []
    private var aliasExpansion = 0

    init(file: String, rootPointer: String = "") {
        self.file = file
        self.rootPointer = rootPointer
    }

    /// A node with the number of nodes it stands for once aliases are expanded.
    struct Sized {
        let node: Node
        let size: Int
    }

    /// Whether the next node is a key of the innermost mapping.
    var isExpectingKey: Bool {
        guard let top = stack.last else { return false }
        return top.isMapping && top.pendingKey == nil
    }

    var isInsideCollection: Bool { !stack.isEmpty }

    /// How many collections are open.
    var depth: Int { stack.count }

    /// Whether the next node is the value of a vendor extension (a key starting with `x-`).
    var isExpectingExtensionValue: Bool {
        guard let top = stack.last, top.isMapping, let key = top.pendingKey else { return false }
        return key.text.hasPrefix("x-")
    }

    /// Whether the innermost open collection is a mapping.
    var isInMapping: Bool { stack.last?.isMapping ?? false }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// The next key of the innermost mapping; `isMerge` for YAML's merge key (a plain `<<`).
    mutating func key(_ text: String, at location: SourceLocation, isMerge: Bool = false) {
        stack[stack.count - 1].pendingKey = PendingKey(text: text, location: location, isMerge: isMerge)
    }

    /// Adds a scalar and returns it.
    mutating func scalar(_ value: Node.Value, at location: SourceLocation) throws -> Sized {
        let scalar = Sized(node: Node(value: value, location: location, pointerPath: childPointerPath()), size: 1)
        try add(scalar)
        return scalar
    }

    /// Adds a node that was already built (a YAML alias).
    mutating func alias(_ target: Sized, at location: SourceLocation) throws {
        aliasExpansion = aliasExpansion.addingSaturated(target.size)
        if aliasExpansion > Self.maximumAliasExpansion {
            throw SpecError("aliases expand this document to more than \(Self.maximumAliasExpansion) nodes",
                            at: location)
        }
        try add(target)
    }

    /// Adds a collection that was checked but is built only when read (see `DeferredSubtree`). `size` is the
    /// number of nodes it holds, so that aliases of a collection around it count them as building would.
    mutating func deferredCollection(
        _ text: Data, syntax: DeferredSubtree.Syntax, mentionsKeywords: Bool, size: Int, at location: SourceLocation
    ) throws {
        let pointer = childPointer()
        let origin = DeferredSubtree.Origin(file: file, line: location.line, column: location.column, pointer: pointer)
        let subtree = DeferredSubtree(text: text, syntax: syntax, origin: origin, mentionsKeywords: mentionsKeywords)
        try add(Sized(node: Node(deferred: subtree, location: location, pointer: pointer), size: size))
    }

    mutating func startCollection(isMapping: Bool, at location: SourceLocation) throws {
        guard stack.count < Self.maximumDepth else {
            throw SpecError("nesting is deeper than \(Self.maximumDepth) levels", at: location)
        }
        stack.append(Frame(isMapping: isMapping, location: location, pointer: childPointer()))
    }

    /// Ends the innermost collection and returns it.
    @discardableResult
    mutating func endCollection() throws -> Sized {
        let frame = stack.removeLast()
        let collection = Sized(node: frame.makeNode(), size: frame.size)
        try add(collection)
        return collection
    }

    /// The JSON pointer of the member `key` of the innermost mapping.
    func pointer(forKey key: String) -> String {
        (stack.last?.pointer ?? "") + "/" + JSONPointer.escape(key)
    }

    /// The JSON pointer of the node that starts next.
    private func childPointer() -> String {
        guard let top = stack.last else { return rootPointer }
        if top.isMapping {
            return pointer(forKey: top.pendingKey?.text ?? "")
        }
        return top.pointer + "/" + String(top.items.count)
    }

    /// The pointer of the scalar that starts next, kept as its parent's pointer and a token.
    private func childPointerPath() -> Node.PointerPath {
        guard let top = stack.last else { return .text(rootPointer) }
        if top.isMapping {
            return .member(of: top.pointer, key: top.pendingKey?.text ?? "")
        }
        return .element(of: top.pointer, index: top.items.count)
    }

    /// Adds a completed node to the innermost collection, or makes it the root.
    private mutating func add(_ child: Sized) throws {
        guard !stack.isEmpty else {
            root = child
            return
        }
        let top = stack.count - 1
        stack[top].size = stack[top].size.addingSaturated(child.size)
        guard stack[top].isMapping else {
            stack[top].items.append(child.node)
            return
        }
        guard let key = stack[top].pendingKey else { return }
        stack[top].pendingKey = nil
        if key.isMerge {
            let merge = Merge(position: stack[top].entries.count, sources: try Self.mergeSources(child.node, key))
            stack[top].merges.append(merge)
        } else if let existing = stack[top].entries.index(forKey: key.text) {
            throw Self.repeatedKeyError(key.text, at: key.location, first: stack[top].entries.keys[existing],
                                        at: stack[top].keyLocations[existing])
        } else {
            stack[top].entries[key.text] = child.node
            stack[top].keyLocations.append(key.location)
        }
    }

    /// The error for a key that an earlier key of the same object equals (as a Swift `String` does).
    static func repeatedKeyError(_ key: String, at location: SourceLocation, first firstText: String,
                                 at first: SourceLocation) -> SpecError {
        guard firstText.unicodeScalars.elementsEqual(key.unicodeScalars) else {
            // `é` and `e\u0301`: different keys, which a Swift `String`-keyed object cannot hold apart.
            return SpecError("the key '\(key)' differs from '\(firstText)' (line \(first.line), column \(first.column)) "
                             + "only in Unicode normalization; Specwright cannot keep both: rename one", at: location)
        }
        return SpecError("duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))", at: location)
    }

    private static func mergeSources(_ value: Node, _ key: PendingKey) throws -> [Node] {
        switch value.value {
        case .object:
            return [value]
        case .array(let items) where items.allSatisfy { $0.object != nil }:
            return items
        default:
            throw SpecError("the merge key '<<' needs a mapping or a list of mappings, found \(value.typeName)",
                            at: key.location)
        }
    }
}

private struct PendingKey {
    let text: String
    let location: SourceLocation
    let isMerge: Bool
}

private struct Merge {
    /// How many explicit keys precede the `<<`.
    let position: Int
    let sources: [Node]
}

/// A collection whose end has not been seen yet.
private struct Frame {
    let isMapping: Bool
    let location: SourceLocation
    let pointer: String
    var size = 1
    var items: [Node] = []
    var entries: OrderedDictionary<String, Node> = [:]
    var keyLocations: [SourceLocation] = []
    var pendingKey: PendingKey?
    var merges: [Merge] = []

    init(isMapping: Bool, location: SourceLocation, pointer: String) {
        self.isMapping = isMapping
        self.location = location
        self.pointer = pointer
    }

    func makeNode() -> Node {
        guard isMapping else {
            return Node(value: .array(items), location: location, pointer: pointer)
        }
        guard !merges.isEmpty else {
            return Node(value: .object(entries), location: location, pointer: pointer, keyLocations: keyLocations)
        }
        // Explicit keys win over merged ones; among merged mappings, the first one listed wins.
        var merged: OrderedDictionary<String, Node> = [:]
        var mergedKeyLocations: [SourceLocation] = []
        var nextMerge = merges.startIndex
        for position in 0...entries.count {
            while nextMerge < merges.endIndex, merges[nextMerge].position == position {
                for source in merges[nextMerge].sources {
                    for (index, (key, value)) in (source.object ?? [:]).enumerated()
                    where entries[key] == nil && merged[key] == nil {
                        merged[key] = value
                        mergedKeyLocations.append(source.keyLocation(at: index))
                    }
                }
                nextMerge += 1
            }
            if position < entries.count {
                merged[entries.keys[position]] = entries.values[position]
                mergedKeyLocations.append(keyLocations[position])
            }
        }
        return Node(value: .object(merged), location: location, pointer: pointer, keyLocations: mergedKeyLocations)
    }
}

extension Int {
    fileprivate func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
