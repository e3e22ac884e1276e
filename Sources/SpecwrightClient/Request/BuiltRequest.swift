import Foundation
import HTTPTypes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A request ready to send: method, path with query, header fields, and the body bytes.
///
/// `request.path` is relative to the server URL (`/customers/42?limit=10`), as `ClientTransport` expects.
public struct BuiltRequest: Sendable, Hashable {
    public var request: HTTPRequest
    public var body: Data?

    public init(request: HTTPRequest, body: Data?) {
        self.request = request
        self.body = body
    }

    /// The same request for `URLSession`, against `baseURL` (whose path, such as `/api`, is kept).
    public func urlRequest(baseURL: URL) throws -> URLRequest {
        let base = baseURL.absoluteString.hasSuffix("/") ? String(baseURL.absoluteString.dropLast()) : baseURL.absoluteString
        guard let url = URL(string: base + (request.path ?? "")) else {
            throw RequestBuildError.invalidURL(base + (request.path ?? ""))
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        for field in request.headerFields {
            urlRequest.addValue(field.value, forHTTPHeaderField: field.name.rawName)
        }
        urlRequest.httpBody = body
        return urlRequest
    }
}
