import Foundation
import SpecwrightValidation

/// Decodes a payload into a generated type and encodes it back, so tests can compare what came out with what went in.
enum RoundTrip {
    struct Mismatch: Error, CustomStringConvertible {
        var description: String
    }

    /// Decodes `payload` as `type`, encodes the value again, and throws unless the two JSON documents are equal.
    ///
    /// Equality is JSON's (key order and `1.0` vs `1` do not matter), with date-times compared as instants:
    /// `2024-01-01T10:00:00.000+00:00` comes back as `2024-01-01T10:00:00Z`, the same moment. An optional
    /// member sent as `null` comes back absent: generated types store both as `nil`.
    static func check<Value: Codable>(_ type: Value.Type, payload: Data) throws {
        let value = try JSONDecoder().decode(type, from: payload)
        let encoded = try JSONEncoder().encode(value)
        let original = normalized(try JSONValue(parsing: payload))
        let reencoded = normalized(try JSONValue(parsing: encoded))
        guard original == reencoded else {
            throw Mismatch(description: """
            \(type) did not round-trip.
              in:  \(String(decoding: payload, as: UTF8.self))
              out: \(String(decoding: encoded, as: UTF8.self))
            """)
        }
    }

    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            if let date = RFC3339.parseDateTime(text) { return .string(RFC3339.formatDateTime(date)) }
            // UUIDs are written lowercase (RFC 9562); a provider's uppercase UUID is the same value.
            if let uuid = UUID(uuidString: text) { return .string(uuid.uuidString.lowercased()) }
            return value
        case .array(let elements): return .array(elements.map(normalized))
        case .object(let members): return .object(members.filter { !$0.value.isNull }.mapValues(normalized))
        default: return value
        }
    }
}
