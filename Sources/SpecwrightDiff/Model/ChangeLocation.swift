import SpecwrightReader

/// A place in one side of the comparison: a file position and the JSON pointer of the node in that file.
public struct ChangeLocation: Sendable, Hashable {
    /// The path as it was read (absolute).
    public var file: String
    public var line: Int
    public var column: Int
    /// The node's pointer within `file` (`/paths/~1customers/post`).
    public var pointer: String

    public init(file: String, line: Int, column: Int, pointer: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
    }

    init(_ location: SourceLocation, pointer: String) {
        self.init(file: location.file, line: location.line, column: location.column, pointer: pointer)
    }

    init(_ node: Node) {
        self.init(node.location, pointer: node.pointer)
    }
}
