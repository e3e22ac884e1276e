import Foundation

/// A value whose schema's rules can be checked: every generated type conforms.
///
/// ```swift
/// let request = try CreateCustomerRequest.validated(from: body)  // decode + every rule
/// try request.validate()                                         // a value built in code
/// ```
///
/// A payload is checked as JSON (`checkSchema`), a value built in code field by field (`checkValue`):
/// both report, for the same data, the same issues with the same codes and JSON pointers as the dynamic
/// validator (`JSONSchemaValidator`) reports for the spec's schema.
public protocol Validatable: Codable, Sendable {
    /// The generated check of the type's schema, one line per rule.
    static func checkSchema(_ value: JSONValue, _ context: inout JSONValidationContext) -> Bool

    /// The generated check of `self`: reads the Swift fields directly and reports what ``checkSchema(_:_:)``
    /// reports for the JSON encoding of `self`. Types whose rules need the JSON form (a union, an `allOf`
    /// the types do not merge) get the default, which encodes `self` first.
    func checkValue(_ context: inout JSONValidationContext) -> Bool

    /// Every rule of the schema that `self` breaks, each with its JSON pointer and code; empty when valid.
    func validationIssues() -> [ValidationIssue]

    /// Decodes a JSON value and checks every rule of the schema, reporting a missing member or a wrong
    /// type as an issue (`required`, `type`) like any other rule.
    ///
    /// - Throws: `ValidationError` with every issue.
    static func validated(from json: JSONValue) throws -> Self
}

extension Validatable {
    /// Every rule of the schema that `json` breaks, ordered by location; empty when valid.
    public static func validationIssues(of json: JSONValue) -> [ValidationIssue] {
        JSONValidationContext.issues(of: json, checkSchema)
    }

    public func validationIssues() -> [ValidationIssue] {
        var context = JSONValidationContext()
        if checkValue(&context) { return [] }
        return ValidationIssue.ordered(context.issues)
    }

    /// Encodes `self` and checks the JSON form: for types without a typed check.
    public func checkValue(_ context: inout JSONValidationContext) -> Bool {
        context.checkEncoding(of: self, Self.checkSchema)
    }

    /// - Throws: `ValidationError` with every issue, when there is at least one.
    public func validate() throws {
        let issues = validationIssues()
        if !issues.isEmpty { throw ValidationError(issues: issues) }
    }

    public static func validated(from json: JSONValue) throws -> Self {
        var context = JSONValidationContext()
        guard checkSchema(json, &context) else { throw ValidationError(issues: ValidationIssue.ordered(context.issues)) }
        do {
            return try JSONValueDecoder().decode(Self.self, from: json)
        } catch {
            // The schema accepts what the type cannot hold (e.g. a number beyond Int64): say so, never crash.
            throw ValidationError(issues: [
                ValidationIssue(instanceLocation: "", schemaLocation: "", code: "decoding", message: "valid, but \(Self.self) cannot hold it: \(error)")
            ])
        }
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

extension Validatable where Self: RawRepresentable, RawValue == String {
    /// A string enum's JSON form is its raw value: an `undocumented` one is an `enum` issue.
    public func checkValue(_ context: inout JSONValidationContext) -> Bool {
        Self.checkSchema(.string(rawValue), &context)
    }
}

extension Validatable where Self: RawRepresentable, RawValue == Int64 {
    /// An integer enum's JSON form is its raw value: an `undocumented` one is an `enum` issue.
    public func checkValue(_ context: inout JSONValidationContext) -> Bool {
        Self.checkSchema(.number(JSONNumber(rawValue)), &context)
    }
}
