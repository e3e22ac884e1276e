import Foundation

/// A value whose schema's rules can be checked: every generated type conforms.
///
/// ```swift
/// let request = try CreateCustomerRequest.validated(from: body)  // decode + every rule
/// try request.validate()                                         // a value built in code
/// ```
public protocol Validatable {
    /// Every rule of the schema that `self` breaks, each with its JSON pointer and code; empty when valid.
    func validationIssues() -> [ValidationIssue]

    /// Decodes a JSON payload and checks every rule of the schema, reporting a missing member or a wrong
    /// type as an issue (`required`, `type`) like any other rule.
    ///
    /// - Throws: `ValidationError` with every issue.
    static func validated(from json: JSONValue) throws -> Self
}

extension Validatable {
    /// - Throws: `ValidationError` with every issue, when there is at least one.
    public func validate() throws {
        let issues = validationIssues()
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }

    /// Parses and decodes a JSON payload and checks every rule of the schema.
    ///
    /// - Throws: `ValidationError` with every issue (malformed JSON is one issue at the root).
    public static func validated(from data: Data) throws -> Self {
        let json: JSONValue
        do {
            json = try JSONValue(parsing: data)
        } catch {
            throw ValidationError(issues: [
                ValidationIssue(instanceLocation: "", schemaLocation: "", code: "json", message: "not valid JSON: \(error)")
            ])
        }
        return try validated(from: json)
    }
}
