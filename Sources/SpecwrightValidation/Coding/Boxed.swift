/// Stores a value on the heap so that a generated struct can contain its own type
/// (a recursive schema such as a category with a parent category).
///
/// Compares and hashes by value (where the value does), so the struct that holds it keeps value semantics.
public struct Boxed<Value: Sendable>: Sendable {
    // Mutated only through `value`'s accessors, and only while this box is its only owner (copy on write).
    private final class Storage: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    public init(_ value: Value) {
        storage = Storage(value)
    }

    /// The value; setting or mutating it changes this box alone (the storage is copied first when shared).
    ///
    /// Generated accessors mutate through `_modify`, so that changing a member of a boxed struct
    /// (`account.capabilities?.cardPayments = .active`) neither copies the struct nor writes code that would.
    public var value: Value {
        get { storage.value }
        set {
            if isKnownUniquelyReferenced(&storage) {
                storage.value = newValue
            } else {
                storage = Storage(newValue)
            }
        }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.value) }
            yield &storage.value
        }
    }
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
