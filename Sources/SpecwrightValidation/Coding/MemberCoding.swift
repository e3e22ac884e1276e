// The calls a generated struct's `init(from:)` and `encode(to:)` make, one per member, keyed by the member's
// wire name. Each has a name of its own because the standard `decode(_:forKey:)`, `decodeIfPresent` and
// `encode` have about seventeen overloads each, which the type checker weighs at every call: in a spec of
// thousands of members that is a large share of a debug build. Building the key here, rather than at each
// call, also keeps that code out of every generated initialiser.

extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// The member `name`, which must be present (and, unless `Value` is optional, not `null`).
    @inlinable
    public func decodeMember<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value {
        try decode(type, forKey: AnyCodingKey(name))
    }

    /// The member `name`, or `nil` when it is missing or `null`.
    @inlinable
    public func decodeMemberIfPresent<Value: Decodable>(_ type: Value.Type, _ name: String) throws -> Value? {
        try decodeIfPresent(type, forKey: AnyCodingKey(name))
    }

    /// The member `name`: `.absent` when it is missing, `.null` for `null`, otherwise its value.
    @inlinable
    public func decodeNullableMember<Wrapped: Decodable>(_ type: Wrapped.Type, _ name: String) throws -> Nullable<Wrapped> {
        try decode(Nullable<Wrapped>.self, forKey: AnyCodingKey(name))
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    /// Writes `value` as the member `name` (`null` for a `nil` optional).
    @inlinable
    public mutating func encodeMember<Value: Encodable>(_ value: Value, _ name: String) throws {
        try encode(value, forKey: AnyCodingKey(name))
    }

    /// Writes `value` as the member `name`, or nothing when it is `nil`.
    @inlinable
    public mutating func encodeMemberIfPresent<Value: Encodable>(_ value: Value?, _ name: String) throws {
        try encodeIfPresent(value, forKey: AnyCodingKey(name))
    }

    /// Writes nothing for `.absent`, `null` for `.null`, otherwise the value, as the member `name`.
    @inlinable
    public mutating func encodeNullableMember<Wrapped: Encodable>(_ value: Nullable<Wrapped>, _ name: String) throws {
        try encode(value, forKey: AnyCodingKey(name))
    }

    // A member stored in a `Boxed` is passed as the box: the value is read here, so the generated code holds
    // no copy of it to destroy (a debug build writes that code out, member by member, in every caller).

    /// Writes the boxed value as the member `name`.
    @inlinable
    public mutating func encodeBoxedMember<Value: Encodable>(_ box: Boxed<Value>, _ name: String) throws {
        try encode(box.value, forKey: AnyCodingKey(name))
    }

    /// Writes the boxed value as the member `name`, or nothing when it is `nil`.
    @inlinable
    public mutating func encodeBoxedMemberIfPresent<Value: Encodable>(_ box: Boxed<Value?>, _ name: String) throws {
        try encodeIfPresent(box.value, forKey: AnyCodingKey(name))
    }

    /// Writes nothing for `.absent`, `null` for `.null`, otherwise the boxed value, as the member `name`.
    @inlinable
    public mutating func encodeBoxedNullableMember<Wrapped: Encodable>(_ box: Boxed<Nullable<Wrapped>>, _ name: String) throws {
        try encode(box.value, forKey: AnyCodingKey(name))
    }
}
