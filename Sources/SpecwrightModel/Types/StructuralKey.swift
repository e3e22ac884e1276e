import SpecwrightReader

/// What makes two inline schemas the same type: their text, every keyword included.
///
/// Descriptions, titles and examples are part of the key on purpose: they become the type's doc comments, so
/// two schemas that differ only in their descriptions are two types, each with its own documentation; the
/// repeats that bloat generated code (PayPal's error unions, Stripe's shared enums) are copies written out
/// again by the provider's tooling, text for text. Key order counts too (it is the order of the members).
/// `$ref`s are relative to the file they are written in, so a key holding one includes the file.
enum StructuralKey {
    static func of(_ node: Node) -> String {
        var text = ""
        var hasReference = false
        write(node, to: &text, hasReference: &hasReference)
        return hasReference ? node.identity.splitIdentity().file + "\n" + text : text
    }

    private static func write(_ node: Node, to text: inout String, hasReference: inout Bool) {
        switch node.value {
        case .null: text += "n"
        case .bool(let value): text += value ? "t" : "f"
        case .number(let number): text += "#" + number.literal + ";"
        case .string(let string): text += "\"" + string.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let items):
            text += "["
            for item in items { write(item, to: &text, hasReference: &hasReference); text += "," }
            text += "]"
        case .object(let members):
            text += "{"
            for (key, value) in members {
                if key == "$ref" { hasReference = true }
                text += "\"" + key.replacingOccurrences(of: "\"", with: "\\\"") + "\":"
                write(value, to: &text, hasReference: &hasReference)
                text += ","
            }
            text += "}"
        }
    }
}
