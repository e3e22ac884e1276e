/// One alternative of `oneOf` / `anyOf`: its check and the JSON types it can accept at all (which picks the
/// branch whose issues are worth reporting when none matches).
public struct Alternative: Sendable {
    public let check: JSONCheck
    public let types: JSONTypes

    public init(_ check: @escaping JSONCheck, types: JSONTypes = .any) {
        self.check = check
        self.types = types
    }

    /// An alternative that is a leaf schema, checked by its rules.
    public init(_ rules: ScalarRules, types: JSONTypes = .any) {
        self.init({ value, context in context.check(value, rules) }, types: types)
    }
}

extension JSONValidationContext {
    /// `oneOf`: exactly one alternative matches.
    public mutating func oneOf(_ value: JSONValue, _ alternatives: [Alternative], at schemaLocation: String) -> Bool {
        match(value, alternatives, exactlyOne: true, at: schemaLocation)
    }

    /// `anyOf`: at least one alternative matches.
    public mutating func anyOf(_ value: JSONValue, _ alternatives: [Alternative], at schemaLocation: String) -> Bool {
        match(value, alternatives, exactlyOne: false, at: schemaLocation)
    }

    /// Alternatives are probed without collecting. When none matches and exactly one accepts the value's
    /// type, that one is checked again to report its issues before the keyword's own: it is almost always
    /// the one the author meant (the dynamic validator reports the same).
    private mutating func match(
        _ value: JSONValue, _ alternatives: [Alternative], exactlyOne: Bool, at schemaLocation: String
    ) -> Bool {
        var matching: [Int] = []
        for (index, alternative) in alternatives.enumerated() where probe(alternative.check, value) {
            matching.append(index)
            if !exactlyOne || matching.count > 1 { break }
        }
        if exactlyOne ? matching.count == 1 : !matching.isEmpty { return true }
        guard collectsIssues else { return false }
        let code: ValidationIssue.Code = exactlyOne ? "oneOf" : "anyOf"
        if matching.count > 1 {
            report(
                code, at: schemaLocation,
                "\(value.abbreviatedDescription) matches more than one subschema (\(matching.map(String.init).joined(separator: ", "))) but must match exactly one")
        } else {
            let plausible = alternatives.filter { $0.types.admits(value) }
            if plausible.count == 1 { _ = plausible[0].check(value, &self) }
            report(code, at: schemaLocation, "\(value.abbreviatedDescription) does not match any of the \(alternatives.count) subschemas")
        }
        return false
    }

    /// `not`.
    public mutating func not(_ value: JSONValue, _ check: JSONCheck, at schemaLocation: String) -> Bool {
        if !probe(check, value) { return true }
        report("not", at: schemaLocation, "\(value.abbreviatedDescription) must not match the schema under not")
        return false
    }
}
