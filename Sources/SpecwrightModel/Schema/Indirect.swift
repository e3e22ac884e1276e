/// Stores an optional value behind a reference so that a struct can contain a value of its own type
/// (a schema's `not`, `items`, `if` are schemas themselves).
///
/// `nil` takes no allocation: most schemas have none of these subschemas, and a box per absent one (each as
/// large as a whole `Schema`) was most of the memory of a big spec's model.
@propertyWrapper
public struct Indirect<Wrapped: Sendable>: Sendable {
    private var storage: Shared<Wrapped>?

    public init(wrappedValue: Wrapped?) {
        storage = wrappedValue.map(Shared.init(wrappedValue:))
    }

    public var wrappedValue: Wrapped? {
        get { storage?.wrappedValue }
        set { storage = newValue.map(Shared.init(wrappedValue:)) }
    }
}

/// Keeps a value behind one reference, so that copying the struct that holds it copies a pointer.
///
/// Every `Property` and `TypeDeclaration` carries its `Schema` (about 900 bytes, some 30 references), and the
/// translation passes copy declarations many times over; inline, each copy repeated the whole schema.
@propertyWrapper
public struct Shared<Value: Sendable>: Sendable {
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    public init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    public var wrappedValue: Value {
        get { storage.value }
        set { storage = Storage(newValue) }
    }
}
