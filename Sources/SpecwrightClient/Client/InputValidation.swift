import SpecwrightValidation

/// Runs a value's generated rules, when its type has them (`Validatable`), and locates each issue under
/// where the value sits in the request.
public enum InputValidation {
    /// The issues of `value` (or of each element of an array), with `location` prefixed to each pointer.
    /// Values without rules (strings, numbers, types generated without validators) give none.
    public static func issues(of value: Any, at location: String) -> [ValidationIssue] {
        if let validatable = value as? any Validatable {
            return validatable.validationIssues().map { issue in
                var located = issue
                located.instanceLocation = location + issue.instanceLocation
                return located
            }
        }
        if let elements = value as? [Any] {
            return elements.enumerated().flatMap { issues(of: $0.element, at: "\(location)/\($0.offset)") }
        }
        return []
    }

    /// Throws every issue of the located values, and those `ParameterRules` found, at once.
    public static func validate(_ values: [(value: Any, location: String)], rules: [[ValidationIssue]] = []) throws {
        let found = values.flatMap { issues(of: $0.value, at: $0.location) } + rules.joined()
        if !found.isEmpty { throw ValidationError(issues: found) }
    }
}
