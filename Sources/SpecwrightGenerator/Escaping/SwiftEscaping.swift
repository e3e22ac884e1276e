/// The one place where text from a spec becomes part of generated Swift, one function per context.
///
/// Every spec string that reaches generated code goes through one of these: a value inside a string literal,
/// a line of a comment, or an identifier.
enum SwiftEscaping {
    /// Escapes text for a Swift string literal.
    static func stringLiteralContent(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
