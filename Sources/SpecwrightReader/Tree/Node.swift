import OrderedCollections

/// Where a node starts in its source file. Lines and columns are 1-based.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The path of the file as it was opened (absolute, standardized).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A JSON number as the author wrote it, so that `9.223372036854776e+18` and `1.0` are not rewritten on the way.
public struct NumberLiteral: Hashable, Sendable, CustomStringConvertible {
    /// The literal as written in the source (YAML spellings such as `0x1F` are normalised to decimal).
    public let literal: String
    /// The exact integer value, when the number is integral and fits in 64 bits (`1.0` is integral).
    public let integerValue: Int64?
    public let doubleValue: Double

    public init(literal: String, integerValue: Int64?, doubleValue: Double) {
        self.literal = literal
        self.integerValue = integerValue
        self.doubleValue = doubleValue
    }

    public var description: String { literal }
}

/// One node of a spec document: JSON's data model, with the source position of every node.
///
/// Nodes are immutable reference types so that a `$ref` target can be shared and identified
/// (by `identity`) without copying subtrees, which keeps cycle detection and naming cheap.
public final class Node: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(NumberLiteral)
        case string(String)
        case array([Node])
        /// Keys in document order.
        case object(OrderedDictionary<String, Node>)
    }

    /// How a pointer is kept: scalars (most of the nodes of a large document) keep their parent's pointer
    /// and their own key or index, and spell the whole pointer only when asked.
    enum PointerPath: Sendable {
        case text(String)
        case member(of: String, key: String)
        case element(of: String, index: Int)
    }

    /// What the node holds: built, or (for `x-` extensions) checked and built when first read.
    private enum Content: Sendable {
        case built(Value, keyLocations: [SourceLocation])
        case deferred(DeferredSubtree)
    }

    private let content: Content
    public let location: SourceLocation
    let pointerPath: PointerPath

    public var value: Value {
        switch content {
        case .built(let value, _): value
        case .deferred(let subtree): subtree.node.value
        }
    }

    /// The extension subtree this node stands for, while it may still be unbuilt.
    var deferredSubtree: DeferredSubtree? {
        guard case .deferred(let subtree) = content else { return nil }
        return subtree
    }

    /// Whether this node is an `x-` extension kept unbuilt in which no key starts with `$`: a walk looking for
    /// `$ref`, `$id` or `$anchor` can skip it instead of building it.
    package var isDeferredWithoutKeywords: Bool {
        deferredSubtree.map { !$0.mentionsKeywords } ?? false
    }

    /// The JSON pointer of this node within its own file, e.g. `/components/schemas/Pet` (`""` for the root).
    public var pointer: String {
        switch pointerPath {
        case .text(let text): text
        case .member(let parent, let key): parent + "/" + JSONPointer.escape(key)
        case .element(let parent, let index): parent + "/" + String(index)
        }
    }

    /// For an object, where each key was written, in the order of the object's keys (empty otherwise).
    /// Read it through `keyLocation(of:)`; kept apart from `value` so that the value stays plain JSON.
    public var keyLocations: [SourceLocation] {
        switch content {
        case .built(_, let keyLocations): keyLocations
        case .deferred(let subtree): subtree.node.keyLocations
        }
    }

    public convenience init(value: Value, location: SourceLocation, pointer: String, keyLocations: [SourceLocation] = []) {
        self.init(value: value, location: location, pointerPath: .text(pointer), keyLocations: keyLocations)
    }

    init(value: Value, location: SourceLocation, pointerPath: PointerPath, keyLocations: [SourceLocation] = []) {
        content = .built(value, keyLocations: keyLocations)
        self.location = location
        self.pointerPath = pointerPath
    }

    init(deferred subtree: DeferredSubtree, location: SourceLocation, pointer: String) {
        content = .deferred(subtree)
        self.location = location
        pointerPath = .text(pointer)
    }

    /// A stable identity across the whole spec: `file#pointer`. Two `$ref`s to the same place yield the same identity.
    public var identity: String { location.file + "#" + pointer }
}
