import Foundation

/// An HTTP request as the validator sees it, independent of the server framework that received it.
///
/// Adapters (`SpecwrightHummingbird`, `SpecwrightOpenAPIServer`) build one from their own request type.
public struct IncomingRequest: Sendable {
    /// The method, uppercase: `GET`, `POST`, ...
    public var method: String
    /// The path as sent, percent-encoded, without the query: `/api/v1/customers/42`.
    public var path: String
    /// The query string without its `?`, percent-encoded, or `nil` when there is none.
    public var query: String?
    /// Every header field in the order received; names are matched case-insensitively.
    public var headers: [(name: String, value: String)]
    /// The body bytes, or `nil` when the request has none.
    public var body: Data?

    public init(method: String, path: String, query: String? = nil, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        self.method = method.uppercased()
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// A request from its target (`/customers?limit=10`), splitting the path from the query.
    public init(method: String, target: String, headers: [(name: String, value: String)] = [], body: Data? = nil) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(
            method: method, path: String(parts.first ?? ""), query: parts.count > 1 ? String(parts[1]) : nil,
            headers: headers, body: body)
    }

    /// The values of the header `name` (case-insensitive), in the order received.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }
}
