import OrderedCollections
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

    /// The key without the schema's own `description`, `example`, `examples` and `x-` members (those of
    /// nested schemas still count): what documents the property a schema is written in rather than the
    /// type. Stripe repeats `invoice: {anyOf: [string, $ref: invoice]}` with a description per use.
    static func ignoringDocumentation(_ node: Node) -> String {
        guard case .object(let members) = node.value else { return of(node) }
        var text = ""
        var hasReference = false
        write(members, skipping: isDocumentation, to: &text, hasReference: &hasReference)
        return hasReference ? node.identity.splitIdentity().file + "\n" + text : text
    }

    private static func isDocumentation(_ key: String) -> Bool {
        key == "description" || key == "example" || key == "examples" || key.hasPrefix("x-")
    }

    private static func write(_ node: Node, to text: inout String, hasReference: inout Bool) {
        switch node.value {
        case .null: text += "n"
        case .bool(let value): text += value ? "t" : "f"
        case .number(let number): text += "#" + number.literal + ";"
        case .string(let string): text += "\""; appendEscaped(string, to: &text); text += "\""
        case .array(let items):
            text += "["
            for item in items { write(item, to: &text, hasReference: &hasReference); text += "," }
            text += "]"
        case .object(let members):
            write(members, skipping: { _ in false }, to: &text, hasReference: &hasReference)
        }
    }

    private static func write(_ members: OrderedDictionary<String, Node>, skipping skipped: (String) -> Bool, to text: inout String, hasReference: inout Bool) {
        text += "{"
        for (key, value) in members where !skipped(key) {
            if key == "$ref" { hasReference = true }
            text += "\""
            appendEscaped(key, to: &text)
            text += "\":"
            write(value, to: &text, hasReference: &hasReference)
            text += ","
        }
        text += "}"
    }

    /// `string` with `"` written `\"`; appended in place (Foundation's `replacingOccurrences` bridges every
    /// string, and this runs for every string of every schema).
    private static func appendEscaped(_ string: String, to text: inout String) {
        var string = string
        // Searched in the contiguous bytes: `utf8.contains` steps through the view one generic index at a time.
        guard string.withUTF8({ $0.contains(UInt8(ascii: "\"")) }) else {
            text += string
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 8)
        for byte in string.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(byte)
        }
        text += String(decoding: bytes, as: UTF8.self)
    }
}
