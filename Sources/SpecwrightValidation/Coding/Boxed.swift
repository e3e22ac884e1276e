/// Stores a value on the heap so that a generated struct can contain its own type
/// (a recursive schema such as a category with a parent category).
///
/// Compares and hashes by value (where the value does), so the struct that holds it keeps value semantics.
public struct Boxed<Value: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let storage: Storage

    public init(_ value: Value) {
        storage = Storage(value)
    }

    public var value: Value { storage.value }
}

extension Boxed: Equatable where Value: Equatable {
    public static func == (lhs: Boxed, rhs: Boxed) -> Bool {
        lhs.storage === rhs.storage || lhs.value == rhs.value
    }
}

extension Boxed: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

extension Boxed: Codable where Value: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(try Value(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
