/// JSON Schema's `dependentRequired` as a call: when `property` is present, the properties it depends on
/// must be present too (`"iban": ["accountHolderName"]`).
///
/// ```swift
/// valid = DependentRequired.check("iban", requires: ["accountHolderName", "bic"], in: members, &context,
///                                 at: "#/components/schemas/Payout/dependentRequired/iban") && valid
/// ```
///
/// One issue per missing property, with code `dependentRequired` at the object's location, as the dynamic
/// validator reports it.
public enum DependentRequired {
    /// `false`, with an issue per missing dependency, when `property` is present and a dependency is not.
    public static func check(
        _ property: String, requires dependencies: [String], in members: [String: JSONValue],
        _ context: inout JSONValidationContext, at schemaLocation: String
    ) -> Bool {
        guard members[property] != nil else { return true }
        var valid = true
        for name in dependencies where members[name] == nil {
            valid = false
            guard context.collectsIssues else { return false }
            context.report("dependentRequired", at: schemaLocation, "\(name) is required when \(property) is present")
        }
        return valid
    }
}
