/// An object member that may be absent, sent as `null`, or hold a value.
///
/// `Optional` has room for two of the three: an update request (a `PATCH` body, a JSON merge patch) means
/// "clear this field" by `null` and "leave it alone" by leaving the member out. Generated types use
/// `Nullable` for every property the schema lets be both missing and `null` (`nullable: true` in OpenAPI 3.0,
/// `type: [..., "null"]` in 3.1, `oneOf: [X, {type: null}]`), and encode it back exactly as it came.
/// A nullable property that is required stays `Wrapped?`: absence is not an option there.
///
/// ```swift
/// var update = UpdateCustomerRequest()      // every member .absent: nothing changes
/// update.nickname = .null                   // {"nickname": null}: clear it
/// update.nickname = .value("Ada")           // {"nickname": "Ada"}
/// ```
public enum Nullable<Wrapped> {
    /// The member is not in the object.
    case absent
    /// The member is there, as `null`.
    case null
    case value(Wrapped)

    /// `.value` for a value, `.null` for `nil`.
    public init(_ value: Wrapped?) {
        self = value.map(Nullable.value) ?? .null
    }

    /// The value, or `nil` when the member is absent or `null`.
    public var wrapped: Wrapped? {
        if case .value(let value) = self { value } else { nil }
    }

    public var isAbsent: Bool {
        if case .absent = self { true } else { false }
    }

    public var isNull: Bool {
        if case .null = self { true } else { false }
    }

    /// The same state, with a value passed through `transform`.
    public func map<Result>(_ transform: (Wrapped) throws -> Result) rethrows -> Nullable<Result> {
        switch self {
        case .absent: .absent
        case .null: .null
        case .value(let value): .value(try transform(value))
        }
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

/// On its own (an array element, a top-level value) a `Nullable` is `null` or a value; `.absent` only means
/// something as an object member, where the keyed containers below leave the member out.
extension Nullable: Decodable where Wrapped: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if case .value(let value) = self {
            try container.encode(value)
        } else {
            try container.encodeNil()
        }
    }
}

// Synthesised `Codable` calls `decode(_:forKey:)` and `encode(_:forKey:)` for a non-optional member; these
// overloads are more specific than the generic ones, so a `Nullable` member needs no hand-written coding.
extension KeyedDecodingContainer {
    /// `.absent` when the key is missing, `.null` for `null`, otherwise the decoded value.
    public func decode<Wrapped: Decodable>(_ type: Nullable<Wrapped>.Type, forKey key: Key) throws -> Nullable<Wrapped> {
        guard contains(key) else { return .absent }
        return try decodeNil(forKey: key) ? .null : .value(decode(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes nothing for `.absent`, `null` for `.null`, otherwise the value.
    public mutating func encode<Wrapped: Encodable>(_ value: Nullable<Wrapped>, forKey key: Key) throws {
        switch value {
        case .absent: break
        case .null: try encodeNil(forKey: key)
        case .value(let wrapped): try encode(wrapped, forKey: key)
        }
    }
}
