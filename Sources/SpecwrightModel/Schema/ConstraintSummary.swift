import SpecwrightReader

/// One-line descriptions of a schema's constraints, shown in generated doc comments so that a reader of
/// the Swift sees the rules the validators enforce.
enum ConstraintSummary {
    /// Formats the Swift type already says (`UUID`, `Date`, `Int32`, ...).
    private static let typeImpliedFormats: Set<String> = ["uuid", "date-time", "date", "int32", "int64", "float", "double"]

    static func lines(for schema: Schema) -> [String] {
        var lines: [String] = []
        if let format = schema.format, !typeImpliedFormats.contains(format) { lines.append("Format: `\(format)`") }
        if let pattern = schema.pattern { lines.append("Pattern: `\(pattern)`") }
        if let range = range(schema.minLength, schema.maxLength) { lines.append("Length: \(range)") }
        if let range = range(schema.minItems, schema.maxItems) { lines.append("Items: \(range)") }
        if schema.minimum != nil || schema.maximum != nil { lines.append("Range: \(bounds(schema))") }
        if let multipleOf = schema.multipleOf { lines.append("Multiple of: \(multipleOf.literal)") }
        if schema.uniqueItems { lines.append("Items are unique.") }
        if let defaultValue = schema.defaultValue { lines.append("Default: `\(JSONText.compact(defaultValue))`") }
        if let example = schema.examples.first {
            let text = JSONText.compact(example)
            if text.count <= 120 { lines.append("Example: `\(text)`") }
        }
        return lines
    }

    private static func range(_ minimum: Int?, _ maximum: Int?) -> String? {
        switch (minimum, maximum) {
        case (nil, nil): nil
        case (let low?, nil): "at least \(low)"
        case (nil, let high?): "at most \(high)"
        case (let low?, let high?): low == high ? "exactly \(low)" : "\(low)...\(high)"
        }
    }

    private static func bounds(_ schema: Schema) -> String {
        var parts: [String] = []
        if let minimum = schema.minimum { parts.append((minimum.isExclusive ? "> " : ">= ") + minimum.value.literal) }
        if let maximum = schema.maximum { parts.append((maximum.isExclusive ? "< " : "<= ") + maximum.value.literal) }
        return parts.joined(separator: ", ")
    }
}

/// Compact JSON text of a node, for doc comments and diagnostics.
public enum JSONText {
    public static func compact(_ node: Node) -> String {
        var output = ""
        write(node, to: &output, depth: 0)
        return output
    }

    private static func write(_ node: Node, to output: inout String, depth: Int) {
        guard depth < 64 else { output += "…"; return }
        switch node.value {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let number): output += number.literal
        case .string(let string): output += quoted(string)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, to: &output, depth: depth + 1)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                output += quoted(key) + ":"
                write(value, to: &output, depth: depth + 1)
            }
            output += "}"
        }
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
