/// "`field` is required if `condition` == value": the conditional rule that OpenAPI specs write as
/// `if`/`then` with `required`, as a call that generated validators make.
///
/// ```swift
/// if let issue = RequiredIf.check(
///     field: "sanctionsScreeningCompletedAt", isPresent: sanctionsScreeningCompletedAt != nil,
///     when: "sanctionsScreeningCompleted", equals: "YES", actual: sanctionsScreeningCompleted?.rawValue,
///     at: "/customer"
/// ) {
///     issues.append(issue)
/// }
/// ```
///
/// The issue's code is `requiredIf` and its instance location is the object that lacks the field (`at`),
/// as for JSON Schema's `required`.
public enum RequiredIf {
    /// The issue when `condition` has the value `expected` and `field` is absent; otherwise `nil`.
    ///
    /// - Parameters:
    ///   - field: the property that the rule requires.
    ///   - isPresent: whether the instance has `field`.
    ///   - condition: the property whose value triggers the rule.
    ///   - expected: the value that triggers it.
    ///   - actual: `condition`'s value, `nil` when absent (an absent condition never triggers the rule).
    ///   - location: JSON pointer of the object holding both properties.
    ///   - schemaLocation: JSON pointer of the rule in the schema, if known.
    public static func check<Value: Equatable>(
        field: String,
        isPresent: Bool,
        when condition: String,
        equals expected: Value,
        actual: Value?,
        at location: String,
        schemaLocation: String = ""
    ) -> ValidationIssue? {
        guard !isPresent, actual == expected else { return nil }
        return issue(field: field, reason: "\(condition) is \(expected)", at: location, schemaLocation: schemaLocation)
    }

    /// The issue when `condition` has one of the values `expected` and `field` is absent; otherwise `nil`.
    public static func check<Value: Equatable>(
        field: String,
        isPresent: Bool,
        when condition: String,
        isOneOf expected: [Value],
        actual: Value?,
        at location: String,
        schemaLocation: String = ""
    ) -> ValidationIssue? {
        guard !isPresent, let actual, expected.contains(actual) else { return nil }
        return issue(field: field, reason: "\(condition) is \(actual)", at: location, schemaLocation: schemaLocation)
    }

    private static func issue(field: String, reason: String, at location: String, schemaLocation: String) -> ValidationIssue {
        ValidationIssue(
            instanceLocation: location,
            schemaLocation: schemaLocation,
            code: "requiredIf",
            message: "\(field) is required when \(reason)"
        )
    }
}
