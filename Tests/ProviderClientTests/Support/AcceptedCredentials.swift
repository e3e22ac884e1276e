import Foundation
import SpecwrightModel
import SpecwrightServerValidation

/// The credentials a loopback server accepts, by security scheme name, and the check of a request against
/// its operation's `security`: one alternative must be met in full (every scheme of it).
struct AcceptedCredentials: Sendable {
    enum Credential: Sendable {
        /// `http` / `bearer`: this token.
        case bearerToken(String)
        /// `http` / `basic`.
        case basic(username: String, password: String)
        /// `apiKey`: this key, where the scheme puts it.
        case apiKey(String)
        /// `oauth2`: a token `issuer` issued, granted every scope the operation asks for.
        case oauth2(TokenIssuer)
    }

    var schemes: [String: Credential]

    /// Why `request` may not call `operation`, or `nil` when one of its requirements is met.
    func refusal(of request: IncomingRequest, for operation: SpecwrightModel.Operation, in model: APIModel) -> String? {
        let alternatives = operation.security ?? model.security
        guard !alternatives.isEmpty else { return nil }
        let unmet = alternatives.map { requirement in
            requirement.sorted { $0.key < $1.key }.compactMap { name, scopes in
                isMet(name, scopes: scopes, by: request, in: model) ? nil : name + (scopes.isEmpty ? "" : " \(scopes)")
            }
        }
        guard !unmet.contains(where: \.isEmpty) else { return nil }
        return "\(operation.operationID ?? operation.path): no accepted credential (missing or wrong: "
            + unmet.map { $0.joined(separator: " and ") }.joined(separator: ", or ") + ")"
    }

    private func isMet(_ schemeName: String, scopes: [String], by request: IncomingRequest, in model: APIModel) -> Bool {
        guard let scheme = model.securitySchemes.first(where: { $0.name == schemeName }), let accepted = schemes[schemeName] else {
            return false
        }
        let authorization = request.headerValues("Authorization").first
        switch accepted {
        case .bearerToken(let token):
            return authorization == "Bearer \(token)"
        case .basic(let username, let password):
            return authorization == "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        case .apiKey(let key):
            guard let name = scheme.keyName else { return false }
            switch scheme.keyLocation {
            case "header": return request.headerValues(name) == [key]
            case "query":
                return URLComponents(string: "?" + (request.query ?? ""))?.queryItems?.contains { $0.name == name && $0.value == key } == true
            case "cookie":
                return request.headerValues("Cookie").flatMap { $0.split(separator: ";") }
                    .contains { $0.trimmingCharacters(in: .whitespaces) == "\(name)=\(key)" }
            default: return false
            }
        case .oauth2(let issuer):
            guard let authorization, authorization.hasPrefix("Bearer "),
                  let granted = issuer.scopes(ofToken: String(authorization.dropFirst("Bearer ".count)))
            else { return false }
            return Set(scopes).isSubset(of: granted)
        }
    }
}
