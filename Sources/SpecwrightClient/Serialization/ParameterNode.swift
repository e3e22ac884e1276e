/// A parameter value reduced to what OpenAPI's serialization styles can express: a scalar, a list or an
/// object with its members in the order the type encodes them.
public enum ParameterNode: Sendable, Hashable {
    /// JSON `null`, which the styles write as an empty value.
    case null
    /// The value as text, not yet percent-encoded: `blue`, `100`, `true`, `2024-08-01T18:44:05Z`.
    case scalar(String)
    case list([ParameterNode])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var name: String
        public var value: ParameterNode

        public init(name: String, value: ParameterNode) {
            self.name = name
            self.value = value
        }
    }

    /// The text of a scalar (`null` is empty text), or `nil` for a list or an object.
    var scalarText: String? {
        switch self {
        case .null: ""
        case .scalar(let text): text
        case .list, .object: nil
        }
    }
}
