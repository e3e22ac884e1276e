import Foundation

/// The wire form of a `date-time` value: an RFC 3339 timestamp.
///
/// Generated types store `Date` and convert through this type in their `Codable` code, so that they decode
/// fractional seconds and offsets with any `JSONDecoder`, whatever its `dateDecodingStrategy`.
public struct DateTimeString: Codable, Hashable, Sendable {
    public var date: Date

    public init(_ date: Date) {
        self.date = date
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = RFC3339.parseDateTime(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "`\(text)` is not an RFC 3339 date-time (e.g. 2024-05-17T09:30:00Z)"
            )
        }
        self.date = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(RFC3339.formatDateTime(date))
    }
}

/// The wire form of a `uuid` value. Encodes lowercase, as RFC 9562 asks and as providers send them
/// (Foundation's `UUID` encodes uppercase, which would change every payload on a round trip).
public struct UUIDString: Codable, Hashable, Sendable {
    public var uuid: UUID

    public init(_ uuid: UUID) {
        self.uuid = uuid
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "`\(text)` is not a UUID")
        }
        self.uuid = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(uuid.uuidString.lowercased())
    }
}
