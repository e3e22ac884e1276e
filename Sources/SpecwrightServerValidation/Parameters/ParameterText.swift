import SpecwrightValidation

/// Turns the text of a parameter into the JSON value its schema describes: `"10"` into `10` for an integer,
/// `"true"` into `true` for a boolean. Text that does not fit stays a string, so the schema reports a
/// `type` issue with the value as sent.
enum ParameterText {
    static func value(_ text: String, types: Set<String>?) -> JSONValue {
        guard let types else { return .string(text) }
        if types.contains("integer") || types.contains("number"), let number = JSONNumber(text) {
            return .number(number)
        }
        if types.contains("boolean"), text == "true" || text == "false" {
            return .bool(text == "true")
        }
        if types.contains("null"), text.isEmpty || text == "null", !types.contains("string") {
            return .null
        }
        return .string(text)
    }

    static func array(_ elements: [String], itemTypes: Set<String>?) -> JSONValue {
        .array(elements.map { value($0, types: itemTypes) })
    }

    /// `k1,v1,k2,v2` (non-exploded objects) or `k1=v1,k2=v2` (exploded `simple`/`label`/`matrix`).
    static func object(_ pairs: [(String, String)], shape: ParameterShape) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (key, text) in pairs { object[key] = value(text, types: shape.propertyTypes[key]) }
        return .object(object)
    }

    static func alternatingPairs(_ elements: [String]) -> [(String, String)] {
        stride(from: 0, to: elements.count, by: 2).map { ($0 + 1 < elements.count) ? (elements[$0], elements[$0 + 1]) : (elements[$0], "") }
    }

    static func keyValuePairs(_ elements: [String]) -> [(String, String)] {
        elements.map { element in
            let parts = element.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }
}
