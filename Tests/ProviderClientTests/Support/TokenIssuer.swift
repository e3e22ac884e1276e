import Foundation
import HTTPTypes

/// The OAuth 2.0 token endpoint of a loopback server (client credentials grant, RFC 6749 section 4.4): checks
/// the client's ID and secret (Basic or in the form), issues numbered tokens with the scopes asked for, and
/// remembers them so that the API side can check a token's scopes.
final class TokenIssuer: @unchecked Sendable {
    let path: String
    let clientID: String
    let clientSecret: String
    private let lock = NSLock()
    private var issued: [String: Set<String>] = [:]

    init(path: String, clientID: String, clientSecret: String) {
        self.path = path
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    /// How many tokens were issued.
    var count: Int { lock.withLock { issued.count } }

    func scopes(ofToken token: String) -> Set<String>? {
        lock.withLock { issued[token] }
    }

    /// A new token granting `scopes`.
    func issue(scopes: [String]) -> String {
        lock.withLock {
            let token = "token-\(issued.count + 1)"
            issued[token] = Set(scopes)
            return token
        }
    }

    /// The answer to a token request: status and JSON body.
    func answer(headers: HTTPFields, body: Data) -> (status: Int, body: Data) {
        let form = URLComponents(string: "?" + String(decoding: body, as: UTF8.self).replacingOccurrences(of: "+", with: "%20"))?.queryItems ?? []
        func field(_ name: String) -> String? { form.first { $0.name == name }?.value }
        let basic = "Basic " + Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()
        let authenticated = headers[.authorization] == basic || (field("client_id") == clientID && field("client_secret") == clientSecret)
        guard field("grant_type") == "client_credentials" else { return Self.error(400, "unsupported_grant_type") }
        guard authenticated else { return Self.error(401, "invalid_client") }
        let scopes = (field("scope") ?? "").split(separator: " ").map(String.init)
        let token = issue(scopes: scopes)
        let json = #"{"access_token":"\#(token)","token_type":"Bearer","expires_in":3600,"scope":"\#(scopes.joined(separator: " "))"}"#
        return (200, Data(json.utf8))
    }

    private static func error(_ status: Int, _ code: String) -> (status: Int, body: Data) {
        (status, Data(#"{"error":"\#(code)"}"#.utf8))
    }
}
