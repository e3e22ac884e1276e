import SpecwrightValidation

/// What the validator concluded about one request.
public enum RequestValidationResult: Sendable {
    /// The request matches `operation` and breaks none of its rules.
    case valid(MatchedOperation)
    /// The request matches `operation` but breaks at least one rule: every issue, each with a JSON pointer
    /// into the request (`/path/customerId`, `/query/limit`, `/header/X-Request-Id`, `/body/address/country`).
    case invalid(MatchedOperation, issues: [ValidationIssue])
    /// No operation of the spec has this path (with any method): the request is not the validator's to judge.
    case unknownPath
    /// The path is the spec's, but not with this method; `allowedMethods` are the ones it has.
    case methodNotAllowed(allowedMethods: [String])

    /// The issues of an invalid request; empty otherwise.
    public var issues: [ValidationIssue] {
        if case .invalid(_, let issues) = self { return issues }
        return []
    }
}

/// The operation a request was routed to, with the path parameters taken from its path.
public struct MatchedOperation: Sendable, Hashable {
    /// `operationId`, when the spec gives one.
    public var operationID: String?
    /// Uppercase method.
    public var method: String
    /// The path template as the spec writes it: `/v1/customers/{customerId}`.
    public var pathTemplate: String
    /// Path parameter values, percent-decoded, by name.
    public var pathParameters: [String: String]
}
