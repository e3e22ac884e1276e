import Foundation
import SpecwrightValidation

/// The JSON coding of request and response bodies: the generated types' own `Codable` code, with
/// `date-time` values outside them (a bare `Date` body) written and read as RFC 3339.
public enum JSONBody {
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.formatDateTime(date))
        }
        return try encoder.encode(value)
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.parseDateTime(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "`\(text)` is not an RFC 3339 date-time")
            }
            return date
        }
        return try decoder.decode(type, from: data)
    }

    /// Whether a media type carries JSON: `application/json`, `application/problem+json`, `text/json`.
    public static func isJSON(_ mediaType: String) -> Bool {
        let essence = MediaType.essence(of: mediaType)
        return essence == "application/json" || essence == "text/json" || essence.hasSuffix("+json")
    }
}
