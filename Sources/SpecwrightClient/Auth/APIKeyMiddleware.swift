import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Sends an API key where an `apiKey` security scheme puts it: a header, a query parameter or a cookie.
///
/// The key is checked once, when the middleware is made: a header value with a control character, a
/// cookie value outside RFC 6265's `cookie-octet`s or a malformed name throws instead of being sent altered.
public struct APIKeyMiddleware: CredentialMiddleware {
    /// Where the key goes (the scheme's `in` and `name`).
    public enum Location: Sendable, Hashable {
        /// A request header called `name`; replaces a header of that name already present.
        case header(name: String)
        /// A query parameter called `name`, percent-encoded (RFC 3986), appended to the query.
        case query(name: String)
        /// A cookie called `name`, merged into the request's `Cookie` header (RFC 6265 section 4.2.1).
        case cookie(name: String)
    }

    private enum Placement: Sendable {
        case header(HTTPField.Name, value: String)
        case query(encodedPair: String)
        case cookie(name: String, value: String)
    }

    private let placement: Placement
    /// The operations this middleware acts on; others pass through untouched.
    public let operations: OperationSelection

    public init(key: String, location: Location, operations: OperationSelection = .all) throws {
        self.operations = operations
        switch location {
        case .header(let name):
            guard let fieldName = HTTPField.Name(name) else {
                throw AuthenticationError.invalidCredential(scheme: "apiKey", reason: "\"\(name)\" is not a valid header name")
            }
            guard !key.isEmpty, !key.unicodeScalars.contains(where: Self.isForbiddenInFieldValue),
                key.first != " ", key.last != " "
            else {
                throw AuthenticationError.invalidCredential(
                    scheme: "apiKey", reason: "the key for header \(name) is empty or holds a control character or edge whitespace")
            }
            placement = .header(fieldName, value: key)
        case .query(let name):
            guard !name.isEmpty else {
                throw AuthenticationError.invalidCredential(scheme: "apiKey", reason: "the query parameter name is empty")
            }
            placement = .query(encodedPair: "\(CredentialEncoding.percentEncodedUnreserved(name))=\(CredentialEncoding.percentEncodedUnreserved(key))")
        case .cookie(let name):
            guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.isTokenCharacter) else {
                throw AuthenticationError.invalidCredential(scheme: "apiKey", reason: "\"\(name)\" is not a valid cookie name")
            }
            guard key.unicodeScalars.allSatisfy(Self.isCookieOctet) else {
                throw AuthenticationError.invalidCredential(
                    scheme: "apiKey", reason: "the key for cookie \(name) holds a character RFC 6265 does not allow in a cookie value")
            }
            placement = .cookie(name: name, value: key)
        }
    }

    public func authorize(_ request: HTTPRequest, scopes: [String]) async throws -> HTTPRequest {
        var request = request
        switch placement {
        case .header(let name, let value):
            request.headerFields[name] = value
        case .query(let encodedPair):
            request.path = Self.appendingQueryPair(encodedPair, to: request.path ?? "/")
        case .cookie(let name, let value):
            request.headerFields[.cookie] = Self.mergingCookie(
                name: name, value: value, into: request.headerFields[values: .cookie])
        }
        return request
    }

    /// `path` with `pair` added to its query, before any fragment.
    static func appendingQueryPair(_ pair: String, to path: String) -> String {
        let fragmentStart = path.firstIndex(of: "#") ?? path.endIndex
        let beforeFragment = path[..<fragmentStart]
        let separator: String
        if !beforeFragment.contains("?") {
            separator = "?"
        } else if beforeFragment.hasSuffix("?") || beforeFragment.hasSuffix("&") {
            separator = ""
        } else {
            separator = "&"
        }
        return beforeFragment + separator + pair + path[fragmentStart...]
    }

    /// One `Cookie` value from the request's cookie fields with `name=value` added, replacing a cookie of
    /// the same name (a client sends one `Cookie` field, its pairs separated by `"; "`).
    static func mergingCookie(name: String, value: String, into existingFields: [String]) -> String {
        let pairs = existingFields
            .flatMap { $0.split(separator: ";") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0.prefix(while: { $0 != "=" }) != name }
        return (pairs + ["\(name)=\(value)"]).joined(separator: "; ")
    }

    private static func isForbiddenInFieldValue(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    /// RFC 9110 `tchar`.
    private static func isTokenCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "!", "#", "$", "%", "&", "'", "*", "+", "-", ".", "^", "_", "`", "|", "~":
            true
        default: false
        }
    }

    /// RFC 6265 `cookie-octet`: visible ASCII except `"`, `,`, `;` and `\`.
    private static func isCookieOctet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21, 0x23...0x2B, 0x2D...0x3A, 0x3C...0x5B, 0x5D...0x7E: true
        default: false
        }
    }
}
