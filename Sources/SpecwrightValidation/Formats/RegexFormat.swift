/// The `regex` format: an ECMA-262 regular expression in Unicode mode, the dialect JSON Schema uses for
/// `pattern`, as ``ECMARegex`` parses it.
///
/// A pattern that is valid ECMA-262 but uses a feature `ECMARegex` cannot run (`\p{Script=…}` and a few
/// others, see ``ECMARegex/SyntaxError/isUnsupported``) is a valid value: the format asks whether the text
/// is a regular expression, not whether this library can match with it.
///
/// Only the syntax is checked: a value is untrusted input, and compiling it into a matcher could take
/// far longer than parsing it.
enum RegexFormat {
    static func isValid(_ value: String) -> Bool {
        do {
            try ECMARegex.validateSyntax(value)
            return true
        } catch {
            return error.isUnsupported
        }
    }
}
