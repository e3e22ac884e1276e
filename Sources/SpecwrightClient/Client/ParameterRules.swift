import SpecwrightValidation

/// The schema rules of a parameter whose type is a plain Swift value (`limit: Int`, `iban: String`), which
/// no generated type checks: bounds, lengths, patterns and item counts. An absent value breaks none.
public enum ParameterRules {
    public static func range<Number: BinaryInteger>(
        _ value: Number?, minimum: Double? = nil, exclusiveMinimum: Bool = false, maximum: Double? = nil,
        exclusiveMaximum: Bool = false, at location: String
    ) -> [ValidationIssue] {
        range(value.map { Double($0) }, minimum: minimum, exclusiveMinimum: exclusiveMinimum, maximum: maximum, exclusiveMaximum: exclusiveMaximum, at: location)
    }

    public static func range<Number: BinaryFloatingPoint>(
        _ value: Number?, minimum: Double? = nil, exclusiveMinimum: Bool = false, maximum: Double? = nil,
        exclusiveMaximum: Bool = false, at location: String
    ) -> [ValidationIssue] {
        guard let value = value.map({ Double($0) }) else { return [] }
        var issues: [ValidationIssue] = []
        if let minimum, exclusiveMinimum ? value <= minimum : value < minimum {
            issues.append(issue(location, exclusiveMinimum ? "exclusiveMinimum" : "minimum", "\(text(value)) is less than \(exclusiveMinimum ? "or equal to " : "")\(text(minimum))"))
        }
        if let maximum, exclusiveMaximum ? value >= maximum : value > maximum {
            issues.append(issue(location, exclusiveMaximum ? "exclusiveMaximum" : "maximum", "\(text(value)) is greater than \(exclusiveMaximum ? "or equal to " : "")\(text(maximum))"))
        }
        return issues
    }

    /// Lengths count Unicode code points, as JSON Schema does.
    public static func length(_ value: String?, minimum: Int? = nil, maximum: Int? = nil, at location: String) -> [ValidationIssue] {
        guard let count = value?.unicodeScalars.count else { return [] }
        if let minimum, count < minimum { return [issue(location, "minLength", "\(count) characters; at least \(minimum) required")] }
        if let maximum, count > maximum { return [issue(location, "maxLength", "\(count) characters; at most \(maximum) allowed")] }
        return []
    }

    /// An ECMA-262 pattern, unanchored as in JSON Schema. A pattern the engine cannot compile is left to the server.
    public static func pattern(_ value: String?, _ pattern: String, at location: String) -> [ValidationIssue] {
        guard let value, let regex = try? ECMARegex(pattern), !regex.matches(value) else { return [] }
        return [issue(location, "pattern", "`\(value)` does not match `\(pattern)`")]
    }

    public static func count<Element>(_ value: [Element]?, minimum: Int? = nil, maximum: Int? = nil, at location: String) -> [ValidationIssue] {
        guard let count = value?.count else { return [] }
        if let minimum, count < minimum { return [issue(location, "minItems", "\(count) items; at least \(minimum) required")] }
        if let maximum, count > maximum { return [issue(location, "maxItems", "\(count) items; at most \(maximum) allowed")] }
        return []
    }

    private static func issue(_ location: String, _ keyword: String, _ message: String) -> ValidationIssue {
        ValidationIssue(instanceLocation: location, schemaLocation: "/" + keyword, code: ValidationIssue.Code(rawValue: keyword), message: message)
    }

    private static func text(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    }
}
