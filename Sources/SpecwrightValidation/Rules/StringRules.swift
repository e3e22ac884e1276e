extension JSONValidationContext {
    /// `minLength`, in Unicode code points.
    public mutating func minLength(_ string: String, _ limit: Int, at schemaLocation: String) -> Bool {
        let bytes = string.utf8.count
        // A string has at most as many code points as UTF-8 bytes and at least a quarter of them.
        if bytes / 4 >= limit || (bytes >= limit && string.unicodeScalars.count >= limit) { return true }
        report("minLength", at: schemaLocation, "\(JSONValue.string(string).abbreviatedDescription) is shorter than \(limit) characters")
        return false
    }

    /// `maxLength`, in Unicode code points.
    public mutating func maxLength(_ string: String, _ limit: Int, at schemaLocation: String) -> Bool {
        if string.utf8.count <= limit || string.unicodeScalars.count <= limit { return true }
        report("maxLength", at: schemaLocation, "\(JSONValue.string(string).abbreviatedDescription) is longer than \(limit) characters")
        return false
    }

    /// `pattern`: an ECMA-262 regular expression, unanchored, compiled once by the caller.
    public mutating func pattern(_ string: String, _ regex: ECMARegex, at schemaLocation: String) -> Bool {
        switch regex.evaluate(string) {
        case .match:
            return true
        case .noMatch:
            report("pattern", at: schemaLocation, "\(JSONValue.string(string).abbreviatedDescription) does not match the pattern \(regex.pattern)")
        case .budgetExceeded:
            report(
                "pattern", at: schemaLocation,
                "\(JSONValue.string(string).abbreviatedDescription) could not be matched against the pattern \(regex.pattern) within the regex step budget")
        }
        return false
    }

    /// `format`, asserted; a domain format's failed check (`iban.checkDigits`) is the issue's `detail`.
    public mutating func format(_ string: String, _ checker: FormatChecker, at schemaLocation: String) -> Bool {
        if checker.isValid(string) { return true }
        guard collectsIssues else { return false }
        let reason = checker.failureReason(string).map { ": \($0)" } ?? ""
        report(
            "format", at: schemaLocation, "\(JSONValue.string(string).abbreviatedDescription) is not a valid \(checker.format)\(reason)",
            detail: checker.failureCode(string))
        return false
    }
}
