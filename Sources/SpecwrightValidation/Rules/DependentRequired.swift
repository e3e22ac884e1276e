/// JSON Schema's `dependentRequired` as a call: when `property` is present, the properties it depends on
/// must be present too (`"iban": ["accountHolderName"]`).
///
/// ```swift
/// valid = DependentRequired.check("iban", requires: "accountHolderName", in: members, &context,
///                                 at: "#/components/schemas/Payout/dependentRequired/iban") && valid
/// ```
///
/// One call per dependency; the issue has code `dependentRequired` at the object's location, as the dynamic
/// validator reports it.
public enum DependentRequired {
    /// `false`, with the issue, when `property` is present and `dependency` is not.
    public static func check(
        _ property: String, requires dependency: String, in members: [String: JSONValue],
        _ context: inout JSONValidationContext, at schemaLocation: String
    ) -> Bool {
        guard members[property] != nil, members[dependency] == nil else { return true }
        context.report("dependentRequired", at: schemaLocation, "\(dependency) is required when \(property) is present")
        return false
    }
}
