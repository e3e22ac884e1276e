import Foundation
import SpecwrightValidation

/// An RFC 9457 problem document, `application/problem+json`, with every issue of a rejected request in the
/// `issues` extension member:
///
/// ```json
/// {"type": "about:blank", "title": "Bad Request", "status": 400,
///  "detail": "The request has 2 issues.",
///  "issues": [{"pointer": "/query/limit", "code": "maximum", "message": "..."}, ...]}
/// ```
public struct ProblemDetails: Codable, Sendable, Hashable {
    /// One issue: where in the request (`/body/address/country`), a stable code (`required`, `format`,
    /// `pattern`, ...) and a sentence for people.
    public struct Issue: Codable, Sendable, Hashable {
        public var pointer: String
        public var code: String
        public var message: String

        public init(pointer: String, code: String, message: String) {
            self.pointer = pointer
            self.code = code
            self.message = message
        }
    }

    public static let mediaType = "application/problem+json"

    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    /// The request path the problem is about, when given.
    public var instance: String?
    public var issues: [Issue]

    public init(type: String = "about:blank", title: String, status: Int, detail: String, instance: String? = nil, issues: [Issue] = []) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.issues = issues
    }

    /// `400 Bad Request` listing `issues`. With `type` left as `about:blank`, `title` is the status phrase,
    /// as RFC 9457 asks; give a `type` URI of your own to document the problem.
    public static func badRequest(_ issues: [ValidationIssue], type: String = "about:blank", instance: String? = nil) -> ProblemDetails {
        ProblemDetails(
            type: type, title: "Bad Request", status: 400,
            detail: issues.count == 1 ? "The request has 1 issue." : "The request has \(issues.count) issues.",
            instance: instance,
            issues: issues.map { Issue(pointer: $0.instanceLocation, code: $0.detail?.rawValue ?? $0.code.rawValue, message: $0.message) })
    }

    /// The JSON text, keys sorted so that equal problems give equal bytes.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and arrays of them always encode.
        return (try? encoder.encode(self)) ?? Data()
    }
}
