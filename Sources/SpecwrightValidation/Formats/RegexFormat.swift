/// The `regex` format: an ECMA-262 regular expression in Unicode mode, the dialect JSON Schema uses for
/// `pattern`, as ``ECMARegex`` parses it.
///
/// A pattern that is valid ECMA-262 but uses a feature `ECMARegex` cannot run (`\p{Script=…}` and a few
/// others, see ``ECMARegex/SyntaxError/isUnsupported``) is a valid value: the format asks whether the text
/// is a regular expression, not whether this library can match with it.
///
/// Only the syntax is checked: a value is untrusted input, and compiling it into a matcher could take
/// far longer than parsing it. A value longer than `maximumLength` UTF-8 bytes is not accepted as a regular
/// expression at all, so that a huge payload costs no more than a quick length check.
enum RegexFormat {
    /// Longer than any pattern a schema or a user plausibly writes (the longest in the public corpus is < 1 KB).
    static let maximumLength = 32_768

    static func isValid(_ value: String) -> Bool {
        guard value.utf8.count <= maximumLength else { return false }
        do {
            try ECMARegex.validateSyntax(value)
            return true
        } catch {
            return error.isUnsupported
        }
    }
}
