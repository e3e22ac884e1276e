import Foundation
import HTTPTypes
import SpecwrightValidation

/// Reads a webhook delivery: checks the documented headers and the body against the event's schema, and
/// returns the typed event or every issue at once.
public enum WebhookParser {
    /// - Parameters:
    ///   - type: the event's generated type.
    ///   - body: the delivery's raw body, as received.
    ///   - headers: the delivery's headers.
    ///   - requiredHeaders: names of the headers the webhook documents as required.
    /// - Returns: the event, or a `ValidationError` whose issues are located at `/header/<name>` or under `/body`.
    public static func parse<Event: Decodable & Sendable>(
        _ type: Event.Type, body: Data, headers: HTTPFields, requiredHeaders: [String] = []
    ) -> Result<Event, ValidationError> {
        var issues: [ValidationIssue] = requiredHeaders.compactMap { name in
            guard let fieldName = HTTPField.Name(name), headers[fieldName] != nil else {
                return ValidationIssue(instanceLocation: "/header/\(name)", schemaLocation: "", code: "required", message: "the header `\(name)` is missing")
            }
            return nil
        }
        var event: Event?
        if let validatable = type as? any Validatable.Type {
            do {
                event = try validatable.validated(from: body) as? Event
            } catch let error as ValidationError {
                issues += error.issues.map { located($0) }
            } catch {
                issues.append(ValidationIssue(instanceLocation: "/body", schemaLocation: "", code: "decoding", message: "\(error)"))
            }
        } else {
            do {
                event = try JSONBody.decode(type, from: body)
            } catch {
                issues.append(ValidationIssue(instanceLocation: "/body", schemaLocation: "", code: "decoding", message: "\(error)"))
            }
        }
        if let event, issues.isEmpty { return .success(event) }
        return .failure(ValidationError(issues: issues))
    }

    private static func located(_ issue: ValidationIssue) -> ValidationIssue {
        var located = issue
        located.instanceLocation = "/body" + issue.instanceLocation
        return located
    }
}
