import SpecwrightValidation

/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (draft 4's boolean forms compile to the
/// exclusive kinds).
struct BoundKeyword: Keyword {
    enum Kind {
        case minimum, maximum, exclusiveMinimum, exclusiveMaximum
    }

    let kind: Kind
    let limit: JSONNumber
    /// The keyword to report (draft 4 reports `maximum` even when `exclusiveMaximum: true` applies).
    let code: ValidationIssue.Code
    let location: String

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .number(let number) = instance else { return true }
        return holds(for: number)
    }

    @inline(__always)
    private func holds(for number: JSONNumber) -> Bool {
        switch kind {
        case .minimum: !(number < limit)
        case .maximum: !(limit < number)
        case .exclusiveMinimum: limit < number
        case .exclusiveMaximum: number < limit
        }
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .number(let number) = instance, !holds(for: number) else { return true }
        let relation =
            switch kind {
            case .minimum: "greater than or equal to"
            case .maximum: "less than or equal to"
            case .exclusiveMinimum: "greater than"
            case .exclusiveMaximum: "less than"
            }
        evaluation.report(code, at: location, "\(number) is not \(relation) \(limit)")
        return false
    }
}

/// `multipleOf`, exact for decimal divisors such as `0.01` (no binary floating-point remainder).
struct MultipleOfKeyword: Keyword {
    let divisor: ExactDivisor
    let location: String

    init(divisor: JSONNumber, location: String) {
        self.divisor = ExactDivisor(divisor)
        self.location = location
    }

    func isValid(_ instance: JSONValue, _ verdict: inout Verdict) -> Bool {
        guard case .number(let number) = instance else { return true }
        return divisor.divides(number)
    }

    func validate(_ instance: JSONValue, _ evaluation: inout Evaluation, _ annotations: Annotations?) -> Bool {
        guard case .number(let number) = instance else { return true }
        if divisor.divides(number) { return true }
        evaluation.report("multipleOf", at: location, "\(number) is not a multiple of \(divisor.value)")
        return false
    }
}
