/// Which side a numeric bound limits, and whether the limit itself is allowed.
public enum NumericBound: Sendable {
    case minimum, maximum, exclusiveMinimum, exclusiveMaximum
}

extension JSONValidationContext {
    /// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`, compared exactly (big integers and
    /// decimals included). `code` is the keyword the schema writes: OpenAPI 3.0's boolean
    /// `exclusiveMinimum: true` reports `minimum`.
    public mutating func bound(
        _ number: JSONNumber, _ kind: NumericBound, _ limit: JSONNumber, code: ValidationIssue.Code, at schemaLocation: String
    ) -> Bool {
        let relation: String
        switch kind {
        case .minimum:
            if !(number < limit) { return true }
            relation = "greater than or equal to"
        case .maximum:
            if !(limit < number) { return true }
            relation = "less than or equal to"
        case .exclusiveMinimum:
            if limit < number { return true }
            relation = "greater than"
        case .exclusiveMaximum:
            if number < limit { return true }
            relation = "less than"
        }
        report(code, at: schemaLocation, "\(number) is not \(relation) \(limit)")
        return false
    }

    /// `multipleOf`, exact for decimal divisors.
    public mutating func multipleOf(_ number: JSONNumber, _ divisor: ExactDivisor, at schemaLocation: String) -> Bool {
        if divisor.divides(number) { return true }
        report("multipleOf", at: schemaLocation, "\(number) is not a multiple of \(divisor.value)")
        return false
    }
}
