import SpecwrightModel
import SpecwrightReader
import SpecwrightValidation

/// Checks one literal value (an enum value, a `const`) against the schema's own type, length, pattern and
/// format, without the schema's other keywords: what a value written inside the schema must satisfy.
enum SchemaValueCheck {
    /// Why `value` breaks `schema`'s own constraints, or `nil` when it does not.
    static func problem(with value: Node, in schema: Schema, context: LintContext) -> String? {
        if value.isNull { return schema.allowsNull || schema.types == nil ? nil : "is null, which the schema does not allow" }
        if let types = schema.nonNullTypes, !types.isEmpty, !types.contains(where: { matches(value, $0) }) {
            return "is \(article(value.typeName)), not \(types.map(\.rawValue).joined(separator: " or "))"
        }
        guard let string = value.string else { return nil }
        let length = string.unicodeScalars.count
        if let minLength = schema.minLength, length < minLength { return "is shorter than minLength \(minLength)" }
        if let maxLength = schema.maxLength, length > maxLength { return "is longer than maxLength \(maxLength)" }
        if let pattern = schema.pattern, let regex = try? context.regex(pattern).get(), !regex.matches(string) {
            return "does not match the pattern `\(pattern)`"
        }
        if let format = schema.format, let checker = FormatRegistry.checker(for: format), !checker.isValid(string) {
            return "is not a valid `\(format)`" + (checker.failureReason(string).map { " (\($0))" } ?? "")
        }
        return nil
    }

    private static func matches(_ value: Node, _ type: Schema.JSONType) -> Bool {
        switch (type, value.value) {
        case (.string, .string), (.boolean, .bool), (.number, .number), (.array, .array), (.object, .object): true
        case (.integer, .number(let number)): number.integerValue != nil || number.doubleValue.rounded() == number.doubleValue
        default: false
        }
    }

    private static func article(_ typeName: String) -> String {
        ["array", "object", "integer"].contains(typeName) ? "an \(typeName)" : "a \(typeName)"
    }
}
