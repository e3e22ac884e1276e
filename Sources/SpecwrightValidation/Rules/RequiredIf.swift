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
        check(field, isPresent: members[field] != nil, when: members[condition], equals: expected, &context, at: schemaLocation, message: message)
    }

    /// `false`, with the issue, when `condition` is present with one of the values `expected` and `field`
    /// is absent.
    public static func check(
        _ field: String, when condition: String, isOneOf expected: Set<JSONValue>, in members: [String: JSONValue],
        _ context: inout JSONValidationContext, at schemaLocation: String, message: String
    ) -> Bool {
        check(field, isPresent: members[field] != nil, when: members[condition], isOneOf: expected, &context, at: schemaLocation, message: message)
    }

    /// The rule on a value built in code: `condition` is the JSON form of the condition's field, `nil` when
    /// the field is absent (a typed check reads both from the Swift fields).
    public static func check(
        _ field: String, isPresent: Bool, when condition: JSONValue?, equals expected: JSONValue,
        _ context: inout JSONValidationContext, at schemaLocation: String, message: String
    ) -> Bool {
        guard !isPresent, let condition, condition == expected else { return true }
        context.report("required", at: schemaLocation, message)
        return false
    }

    /// The rule with several condition values, on a value built in code.
    public static func check(
        _ field: String, isPresent: Bool, when condition: JSONValue?, isOneOf expected: Set<JSONValue>,
        _ context: inout JSONValidationContext, at schemaLocation: String, message: String
    ) -> Bool {
        guard !isPresent, let condition, expected.contains(condition) else { return true }
        context.report("required", at: schemaLocation, message)
        return false
    }
}
