import Foundation
import HTTPTypes
import SpecwrightValidation

/// A response as the transport returned it, with the body collected: what a generated `Output` reads.
public struct ReceivedResponse: Sendable, Hashable {
    public var operationID: String
    public var response: HTTPResponse
    public var body: Data
    /// Whether decoded bodies are checked against their schema's rules (`ClientConfiguration.validatesResponses`).
    public var validatesBodies: Bool

    public init(operationID: String, response: HTTPResponse, body: Data, validatesBodies: Bool = false) {
        self.operationID = operationID
        self.response = response
        self.body = body
        self.validatesBodies = validatesBodies
    }

    public var status: Int { response.status.code }
    public var headerFields: HTTPFields { response.headerFields }

    /// Whether the body is in the documented media type (`application/json`, `text/*`, `*/*`).
    /// A response with no `Content-Type` matches when its body is empty or the type is the only one documented.
    public func hasContent(_ mediaType: String, onlyDocumented: Bool) -> Bool {
        guard let contentType = response.headerFields[.contentType] else { return body.isEmpty || onlyDocumented }
        return MediaType.matches(contentType, range: mediaType)
    }

    /// The JSON body decoded into the generated type (and checked, when `validatesBodies`).
    public func json<Body: Decodable>(_ type: Body.Type) throws -> Body {
        let value: Body
        do {
            value = try JSONBody.decode(type, from: body)
        } catch {
            throw ResponseDecodingError(response: self, reason: "the body is not a valid `\(Body.self)`: \(error)")
        }
        if validatesBodies {
            let issues = InputValidation.issues(of: value, at: "")
            if !issues.isEmpty { throw ResponseDecodingError(response: self, reason: ValidationError(issues: issues).description) }
        }
        return value
    }

    /// A text body (`text/plain`, ...), as UTF-8.
    public func text() throws -> String {
        guard let text = String(data: body, encoding: .utf8) else {
            throw ResponseDecodingError(response: self, reason: "the body is not UTF-8 text")
        }
        return text
    }

    /// A documented response header as its type; `nil` when absent.
    public func header<Value: Decodable>(_ name: String, as type: Value.Type) throws -> Value? {
        guard let fieldName = HTTPField.Name(name), let text = response.headerFields[fieldName] else { return nil }
        do {
            return try HeaderValueDecoding.decode(type, from: text)
        } catch {
            throw ResponseDecodingError(response: self, reason: "header `\(name)` is not a valid `\(Value.self)`: `\(text)`")
        }
    }

    /// A header the spec marks required.
    public func requiredHeader<Value: Decodable>(_ name: String, as type: Value.Type) throws -> Value {
        guard let value = try header(name, as: type) else {
            throw ResponseDecodingError(response: self, reason: "the required header `\(name)` is missing")
        }
        return value
    }
}
