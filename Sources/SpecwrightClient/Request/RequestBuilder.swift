import Foundation
import HTTPTypes

/// Assembles one request from an operation's path template, parameters and body; generated operation
/// inputs call it, one statement per parameter, in the spec's order.
///
/// ```swift
/// var builder = RequestBuilder(method: .get, pathTemplate: "/customers/{customerId}")
/// try builder.path("customerId", customerId)
/// try builder.query("limit", limit, style: .form, explode: true)
/// let built = try builder.build()
/// ```
public struct RequestBuilder: Sendable {
    public let method: HTTPRequest.Method
    public let pathTemplate: String
    private var pathValues: [String: String] = [:]
    private var queryPairs: [String] = []
    private var cookiePairs: [String] = []
    private var headerFields = HTTPFields()
    private var body: Data?

    public init(method: HTTPRequest.Method, pathTemplate: String) {
        self.method = method
        self.pathTemplate = pathTemplate
    }

    /// A path parameter (always required): `simple`, `label` or `matrix`.
    public mutating func path(_ name: String, _ value: some Encodable, style: ParameterStyle = .simple, explode: Bool = false) throws {
        pathValues[name] = try ParameterSerializer.path(name, try ParameterEncoder.encode(value), style: style, explode: explode)
    }

    /// A query parameter; `nil` leaves it out.
    public mutating func query(
        _ name: String, _ value: (some Encodable)?, style: ParameterStyle = .form, explode: Bool = true, allowReserved: Bool = false
    ) throws {
        guard let value else { return }
        queryPairs += try ParameterSerializer.query(name, try ParameterEncoder.encode(value), style: style, explode: explode, allowReserved: allowReserved)
    }

    /// A header parameter (`simple`); `nil` leaves it out. CR, LF and other control characters are rejected.
    public mutating func header(_ name: String, _ value: (some Encodable)?, explode: Bool = false) throws {
        guard let value else { return }
        let fieldName = try Self.fieldName(name)
        headerFields.append(HTTPField(name: fieldName, value: try ParameterSerializer.header(name, try ParameterEncoder.encode(value), explode: explode)))
    }

    /// A cookie parameter (`form`); `nil` leaves it out. All cookies share one `Cookie` field.
    public mutating func cookie(_ name: String, _ value: (some Encodable)?, explode: Bool = true) throws {
        guard let value else { return }
        cookiePairs += try ParameterSerializer.cookie(name, try ParameterEncoder.encode(value), explode: explode)
    }

    /// The media types the operation's responses document, most specific first.
    public mutating func accept(_ mediaTypes: [String]) {
        guard !mediaTypes.isEmpty else { return }
        headerFields[.accept] = mediaTypes.joined(separator: ", ")
    }

    public mutating func jsonBody(_ value: some Encodable, contentType: String = "application/json") throws {
        setBody(try JSONBody.encode(value), contentType: contentType)
    }

    public mutating func formBody(_ value: some Encodable) throws {
        setBody(try FormURLEncodedBody.encode(value), contentType: "application/x-www-form-urlencoded")
    }

    public mutating func multipartBody(_ body: MultipartFormBody) {
        setBody(body.encoded(), contentType: body.contentType)
    }

    /// Bytes sent as they are (`application/octet-stream`, `application/pdf`, ...).
    public mutating func rawBody(_ data: Data, contentType: String) {
        setBody(data, contentType: contentType)
    }

    /// Text sent as UTF-8 (`text/plain`, ...).
    public mutating func textBody(_ text: String, contentType: String) {
        setBody(Data(text.utf8), contentType: contentType)
    }

    private mutating func setBody(_ data: Data, contentType: String) {
        body = data
        headerFields[.contentType] = contentType
    }

    /// The request; every `{name}` of the path template must have been given a value.
    public func build() throws -> BuiltRequest {
        var path = ""
        var rest = pathTemplate[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            path += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = pathValues[name] else {
                throw ParameterSerializationError(parameter: name, reason: .missingPathParameter)
            }
            path += value
            rest = rest[rest.index(after: close)...]
        }
        path += rest
        if !queryPairs.isEmpty { path += "?" + queryPairs.joined(separator: "&") }
        var fields = headerFields
        if !cookiePairs.isEmpty { fields[.cookie] = cookiePairs.joined(separator: "; ") }
        return BuiltRequest(request: HTTPRequest(method: method, scheme: nil, authority: nil, path: path, headerFields: fields), body: body)
    }

    private static func fieldName(_ name: String) throws -> HTTPField.Name {
        guard let fieldName = HTTPField.Name(name) else {
            throw ParameterSerializationError(parameter: name, reason: .invalidFieldName)
        }
        return fieldName
    }
}
