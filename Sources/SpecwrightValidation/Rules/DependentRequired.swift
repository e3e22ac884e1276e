/// JSON Schema's `dependentRequired` as a call: when `field` is present, the properties it depends on must
/// be present too (`"iban": ["accountHolderName"]`).
///
/// ```swift
/// issues += DependentRequired.check(
///     field: "iban", isPresent: iban != nil,
///     requires: [("accountHolderName", accountHolderName != nil), ("bic", bic != nil)],
///     at: "/payout"
/// )
/// ```
///
/// One issue per missing property, with code `dependentRequired` and the object's location, as for
/// JSON Schema's `required`.
public enum DependentRequired {
    /// An issue for each required property that is absent while `field` is present; empty otherwise.
    ///
    /// - Parameters:
    ///   - field: the property whose presence triggers the rule.
    ///   - isPresent: whether the instance has `field`.
    ///   - dependencies: each property `field` requires, with whether the instance has it.
    ///   - location: JSON pointer of the object holding the properties.
    ///   - schemaLocation: JSON pointer of the rule in the schema, if known.
    public static func check(
        field: String,
        isPresent: Bool,
        requires dependencies: [(name: String, isPresent: Bool)],
        at location: String,
        schemaLocation: String = ""
    ) -> [ValidationIssue] {
        guard isPresent else { return [] }
        return dependencies.filter { !$0.isPresent }.map { dependency in
            ValidationIssue(
                instanceLocation: location,
                schemaLocation: schemaLocation,
                code: "dependentRequired",
                message: "\(dependency.name) is required when \(field) is present"
            )
        }
    }
}
