import SpecwrightModel
import SpecwrightReader
import SpecwrightValidation

/// Swift expressions of type `JSONValue` (and `JSONNumber`) for values written in a spec.
enum JSONLiteral {
    /// `"YES"`, `42`, `.number(JSONNumber("0.5")!)`, `.null`, `["a": 1]`: every string through
    /// `SwiftEscaping`.
    static func value(_ node: Node) -> String {
        switch node.value {
        case .null: return ".null"
        case .bool(let flag): return ".bool(\(flag))"
        case .number(let number): return ".number(\(self.number(number)))"
        case .string(let string): return ".string(\"\(SwiftEscaping.stringLiteralContent(string))\")"
        case .array(let elements): return "[" + elements.map(value).joined(separator: ", ") + "]"
        case .object(let members):
            if members.isEmpty { return "[:]" }
            return "[" + members.map { "\"\(SwiftEscaping.stringLiteralContent($0.key))\": \(value($0.value))" }.joined(separator: ", ") + "]"
        }
    }

    /// Whether building the value allocates (arrays and objects): such values become `static let`s.
    static func isComposite(_ node: Node) -> Bool {
        switch node.value {
        case .array, .object: true
        default: false
        }
    }

    /// A `JSONNumber` expression holding the literal exactly (an integer literal where it is one).
    static func number(_ number: NumberLiteral) -> String {
        if let integer = number.integerValue, JSONNumber(number.literal)?.int64Value == integer {
            return String(integer)
        }
        if JSONNumber(number.literal) != nil {
            return "JSONNumber(\"\(SwiftEscaping.stringLiteralContent(number.literal))\")!"
        }
        // YAML's `.inf` / `.nan`: no JSON text, only a Double.
        if number.doubleValue.isNaN { return "JSONNumber(Double.nan)" }
        return number.doubleValue > 0 ? "JSONNumber(Double.infinity)" : "JSONNumber(-Double.infinity)"
    }
}
