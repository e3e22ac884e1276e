import Foundation
import HTTPTypes

/// A request or response as RFC 9421 sees it: the parts derived components are taken from, and the fields.
struct SignatureMessage: Sendable {
    struct Request: Sendable {
        var method: String
        /// Lowercase scheme.
        var scheme: String
        /// Lowercase host, with the port only when it is not the scheme's default.
        var authority: String
        /// Percent-encoded absolute path, `/` when empty.
        var path: String
        /// Percent-encoded query without the `?`; `nil` when the target has none.
        var query: String?
        var headerFields: HTTPFields
    }

    struct Response: Sendable {
        var status: Int
        var headerFields: HTTPFields
    }

    /// The request itself, or for a response, the request it answers (when known).
    var request: Request?
    var response: Response?

    var headerFields: HTTPFields { response?.headerFields ?? request?.headerFields ?? [:] }
}

extension SignatureMessage.Request {
    /// The request as a transport will send it: `request.path` appended to `baseURL`'s path, exactly as
    /// the OpenAPI transports join them, and `baseURL`'s scheme and authority.
    init(_ request: HTTPRequest, baseURL: URL) throws(MessageSignatureError) {
        guard let base = URLComponents(url: baseURL, resolvingAgainstBaseURL: false), let scheme = base.scheme,
            let host = base.percentEncodedHost, !host.isEmpty
        else {
            throw .missingComponent("the base URL \(baseURL.absoluteString) has no scheme and host")
        }
        let (path, query) = Self.splitPath(request.path ?? "")
        self.init(
            method: request.method.rawValue, scheme: scheme, host: host, port: base.port,
            path: base.percentEncodedPath + path, query: query, headerFields: request.headerFields)
    }

    /// A request as a server received it, with its scheme and authority (from `:authority` or `Host`); a
    /// request without a scheme (HTTP/1.1 behind a TLS-terminating proxy) is taken as `https`.
    init(_ request: HTTPRequest) throws(MessageSignatureError) {
        guard let authority = request.authority ?? request.headerFields[HTTPField.Name("host")!] else {
            throw .missingComponent("the request has no authority (no :authority or Host)")
        }
        guard let parsed = URLComponents(string: "\(request.scheme ?? "https")://\(authority)"),
            let host = parsed.percentEncodedHost
        else {
            throw .missingComponent("the authority \(authority) is not a host and port")
        }
        let (path, query) = Self.splitPath(request.path ?? "")
        self.init(
            method: request.method.rawValue, scheme: request.scheme ?? "https", host: host, port: parsed.port,
            path: path, query: query, headerFields: request.headerFields)
    }

    private init(
        method: String, scheme: String, host: String, port: Int?, path: String, query: String?, headerFields: HTTPFields
    ) {
        let scheme = scheme.lowercased()
        let defaultPort = scheme == "https" ? 443 : scheme == "http" ? 80 : nil
        let portSuffix = port.flatMap { $0 == defaultPort ? nil : ":\($0)" } ?? ""
        self.init(
            method: method, scheme: scheme, authority: host.lowercased() + portSuffix, path: path.isEmpty ? "/" : path,
            query: query, headerFields: headerFields)
    }

    /// `path` split at the first `?`, a fragment dropped.
    private static func splitPath(_ path: String) -> (path: String, query: String?) {
        let withoutFragment = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard let questionMark = withoutFragment.firstIndex(of: "?") else { return (String(withoutFragment), nil) }
        return (String(withoutFragment[..<questionMark]), String(withoutFragment[withoutFragment.index(after: questionMark)...]))
    }
}
