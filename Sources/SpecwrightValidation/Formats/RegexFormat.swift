/// The `regex` format: an ECMA-262 regular expression in Unicode mode, the dialect JSON Schema uses for
/// `pattern`, as ``ECMARegex`` parses it.
///
/// A pattern that is valid ECMA-262 but uses a feature `ECMARegex` cannot run (`\p{Script=…}` and a few
/// others, see ``ECMARegex/SyntaxError/isUnsupported``) is a valid value: the format asks whether the text
/// is a regular expression, not whether this library can match with it.
enum RegexFormat {
    static func isValid(_ value: String) -> Bool {
        do {
            _ = try ECMARegex(value)
            return true
        } catch {
            return error.isUnsupported
        }
    }
}
