/// One reason a value is invalid. Validators collect every issue instead of stopping at the first.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// A stable, machine-readable code such as `required`, `pattern` or `iban.checkDigits`.
    public struct Code: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public var description: String { rawValue }
    }

    /// JSON pointer to the offending value in the instance, e.g. `/address/postalCode` (`""` is the root).
    public var instanceLocation: String
    /// JSON pointer to the keyword in the schema that failed, e.g. `/properties/iban/format`.
    public var schemaLocation: String
    public var code: Code
    /// A sentence for people; wording may change between releases, `code` does not.
    public var message: String
    /// Which check of a domain format failed, beside the `format` code: `iban.checkDigits`,
    /// `bic.countryCode`, ... (`nil` when the code says it all).
    public var detail: Code?

    public init(instanceLocation: String, schemaLocation: String, code: Code, message: String, detail: Code? = nil) {
        self.instanceLocation = instanceLocation
        self.schemaLocation = schemaLocation
        self.code = code
        self.message = message
        self.detail = detail
    }

    public var description: String {
        "\(instanceLocation.isEmpty ? "/" : instanceLocation): \(message) [\(detail.map { "\(code): \($0)" } ?? code.rawValue)]"
    }
}

/// Thrown by `validate()` methods: every issue that was found.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var issues: [ValidationIssue]
    public init(issues: [ValidationIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
