/// "`field` is required if `condition` is `value`": the conditional rule that OpenAPI specs write as
/// `if: {required: [condition], properties: {condition: {const: value}}}, then: {required: [field]}`, as
/// one call with the rule's sentence as the message.
///
/// ```swift
/// valid = RequiredIf.check(
///     "sanctionsScreeningCompletedAt", when: "sanctionsScreeningCompleted", equals: "YES", in: members, &context,
///     at: "#/components/schemas/CreateCustomerRequest/allOf/0/then/required",
///     message: "sanctionsScreeningCompletedAt is required if sanctionsScreeningCompleted is YES."
/// ) && valid
/// ```
///
/// The code is `required` at the object's location, exactly what a JSON Schema validator reports
/// for the `then` branch, so that both agree on every payload.
public enum RequiredIf {
    /// `false`, with the issue, when `condition` is present with the value `expected` and `field` is absent.
    public static func check(
        _ field: String, when condition: String, equals expected: JSONValue, in members: [String: JSONValue],
        _ context: inout JSONValidationContext, at schemaLocation: String, message: String
    ) -> Bool {
        guard members[field] == nil, let actual = members[condition], actual == expected else { return true }
        context.report("required", at: schemaLocation, message)
        return false
    }

    /// `false`, with the issue, when `condition` is present with one of the values `expected` and `field`
    /// is absent.
    public static func check(
        _ field: String, when condition: String, isOneOf expected: Set<JSONValue>, in members: [String: JSONValue],
        _ context: inout JSONValidationContext, at schemaLocation: String, message: String
    ) -> Bool {
        guard members[field] == nil, let actual = members[condition], expected.contains(actual) else { return true }
        context.report("required", at: schemaLocation, message)
        return false
    }
}
