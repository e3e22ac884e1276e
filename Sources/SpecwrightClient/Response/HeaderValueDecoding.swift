import Foundation
import SpecwrightValidation

/// Reads a header's text (style `simple`) as a typed value: a string, a number, a boolean, a `date-time`,
/// an enum, or a comma-separated array of them.
enum HeaderValueDecoding {
    static func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // The text as a JSON string first (strings, enums, dates, UUIDs), then as a JSON literal (numbers,
        // booleans), then as a list of either.
        let elements = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let candidates: [JSONValue] = [
            .string(trimmed),
            literal(trimmed),
            .array(elements.map { .string($0) }),
            .array(elements.map(literal)),
        ]
        var lastError: (any Error)?
        for candidate in candidates {
            do {
                return try JSONBody.decode(type, from: try JSONBody.encode(candidate))
            } catch {
                lastError = error
            }
        }
        throw lastError!
    }

    private static func literal(_ text: String) -> JSONValue {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = JSONNumber(text) { return .number(number) }
        return .string(text)
    }
}
