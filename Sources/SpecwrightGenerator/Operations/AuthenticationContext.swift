import Foundation
import SpecwrightModel

/// The template values of a module's `<Module>Authentication`: one or more factories per security scheme,
/// with what the spec says about it (header name, token URL, scopes) baked in, and each operation's
/// resolved `security` as a `[SecurityRequirement]` literal.
struct AuthenticationContext {
    struct Factory {
        let docLines: [String]
        let name: String
        /// `label: Type = default`, one per parameter.
        let parameters: [String]
        let throwing: Bool
        /// The statements of the factory's body.
        let bodyLines: [String]
    }

    let typeName: String
    let factories: [Factory]

    init(typeName: String, schemes: [SecurityScheme]) {
        self.typeName = typeName
        var names = SwiftNaming.Scope(reserved: ["init", "credentials", "merging"])
        factories = schemes.flatMap { scheme in
            Self.factories(for: scheme, name: names.claim(SwiftNaming.memberName(scheme.name)))
        }
    }

    /// The declaration of an operation's `security` requirements: one line, or one alternative a line when
    /// there are several.
    static func requirementsDeclaration(
        _ operation: SpecwrightModel.Operation, documentSecurity: [[String: [String]]], accessModifier: AccessModifier
    ) -> [String] {
        let declaration = "\(accessModifier.rawValue) static let security: [SecurityRequirement] = "
        let alternatives = requirementLiterals(operation, documentSecurity: documentSecurity)
        guard alternatives.count > 1 else { return [declaration + "[" + alternatives.joined() + "]"] }
        return [declaration + "["] + alternatives.map { "    \($0)," } + ["]"]
    }

    /// The Swift literal of each of an operation's requirements: its own `security`, else the document's.
    private static func requirementLiterals(_ operation: SpecwrightModel.Operation, documentSecurity: [[String: [String]]]) -> [String] {
        let requirements = operation.security ?? documentSecurity
        let entries: [String] = requirements.map { requirement in
            guard !requirement.isEmpty else { return "[:]" }
            let schemes: [String] = requirement.sorted { $0.key < $1.key }.map { name, scopes in
                let scopeList = scopes.map(stringLiteral).joined(separator: ", ")
                return "\(stringLiteral(name)): [\(scopeList)]"
            }
            return "[" + schemes.joined(separator: ", ") + "]"
        }
        return entries
    }

    private static func stringLiteral(_ text: String) -> String {
        "\"\(SwiftEscaping.stringLiteralContent(text))\""
    }

    private static func factories(for scheme: SecurityScheme, name: String) -> [Factory] {
        let key = stringLiteral(scheme.name)
        var isFirst = true
        func factory(
            _ summary: String, _ parameters: [String], throwing: Bool = false, _ credential: String, preparing: [String] = [], notes: [String] = []
        ) -> Factory {
            // The scheme's own description once, on its first factory.
            defer { isFirst = false }
            return Factory(
                docLines: DocComment.lines(Documentation(
                    summary: "`\(scheme.name)`: \(summary)", description: isFirst ? scheme.description : nil, notes: notes)),
                name: name, parameters: parameters, throwing: throwing,
                bodyLines: preparing + Self.returnLines(key: key, credential: credential, explicitReturn: !preparing.isEmpty, throwing: throwing))
        }
        func custom() -> Factory {
            factory(
                "a credential you supply, for a scheme Specwright has no built-in support for (`type: \(scheme.type)`\(scheme.scheme.map { ", `scheme: \($0)`" } ?? "")).",
                ["_ authorizer: any RequestAuthorizer"], ".authorizer(authorizer)")
        }
        switch scheme.type {
        case "http":
            switch scheme.scheme?.lowercased() {
            case "bearer":
                let format = scheme.bearerFormat.map { " (\($0))" } ?? ""
                return [
                    factory("`Authorization: Bearer` with this token\(format).", ["token: String"], ".bearer(token: token)"),
                    factory(
                        "`Authorization: Bearer` with the token `tokenProvider` returns before each request\(format).",
                        ["tokenProvider: @escaping @Sendable () async throws -> String"], ".bearer(tokenProvider: tokenProvider)"),
                ]
            case "basic":
                return [factory(
                    "`Authorization: Basic` (RFC 7617).", ["username: String", "password: String"], throwing: true,
                    ".basic(username: username, password: password)")]
            default:
                return [custom()]
            }
        case "apiKey":
            guard let location = scheme.keyLocation, ["header", "query", "cookie"].contains(location), let keyName = scheme.keyName else {
                return [custom()]
            }
            return [factory(
                "the API key in the \(location) `\(keyName)`.", ["_ key: String"], throwing: true,
                ".apiKey(key, location: .\(location)(name: \(stringLiteral(keyName))))")]
        case "oauth2":
            let accessToken = factory(
                "`Authorization: Bearer` with an access token you obtain (`accessTokenProvider` is asked before each request).",
                ["accessTokenProvider: @escaping @Sendable () async throws -> String"], ".bearer(tokenProvider: accessTokenProvider)")
            guard let flow = scheme.flows?["clientCredentials"] else { return [accessToken] }
            let scopes = flow["scopes"]?.object?.keys.map { $0 } ?? []
            let scopeNotes = scopes.isEmpty ? [] : ["Scopes: " + scopes.map { "`\($0)`" }.joined(separator: ", ") + "."]
            let tokenURLDefault = flow["tokenUrl"]?.string.flatMap(Self.absoluteURL).map { " = URL(string: \(stringLiteral($0)))!" } ?? ""
            return [
                factory(
                    "OAuth 2.0 client credentials; tokens from `tokenURL`, cached until shortly before they expire.",
                    [
                        "clientID: String", "clientSecret: String",
                        "scopes: [String] = []",
                        "clientAuthentication: OAuth2ClientCredentials.ClientAuthentication = .clientSecretBasic",
                        "tokenURL: URL" + tokenURLDefault,
                        "tokenRequestMiddlewares: [any ClientMiddleware] = []",
                    ],
                    ".oauth2ClientCredentials(credentials, tokenRequestMiddlewares: tokenRequestMiddlewares)",
                    preparing: [
                        "let credentials = OAuth2ClientCredentials(",
                        "    tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret, scopes: scopes,",
                        "    clientAuthentication: clientAuthentication",
                        ")",
                    ],
                    notes: scopeNotes),
                factory(
                    "OAuth 2.0 client credentials from a token provider shared with other clients.",
                    ["tokenProvider: OAuth2TokenProvider"], ".oauth2ClientCredentials(tokenProvider: tokenProvider)", notes: scopeNotes),
                accessToken,
            ]
        case "openIdConnect":
            return [factory(
                "`Authorization: Bearer` with an OpenID Connect access token you obtain (`accessTokenProvider` is asked before each request).",
                ["accessTokenProvider: @escaping @Sendable () async throws -> String"], ".bearer(tokenProvider: accessTokenProvider)")]
        case "mutualTLS":
            return [factory(
                "mutual TLS: the transport presents the client certificate (configure it on the `URLSession` or `HTTPClient`); this marks the scheme as provided.",
                [], ".transportProvided")]
        default:
            return [custom()]
        }
    }

    /// `Self(credentials: [key: credential])`, across lines when one would be long.
    private static func returnLines(key: String, credential: String, explicitReturn: Bool, throwing: Bool) -> [String] {
        let keyword = (explicitReturn ? "return " : "") + (throwing ? "try " : "")
        let line = "\(keyword)Self(credentials: [\(key): \(credential)])"
        guard line.count > 100 else { return [line] }
        return ["\(keyword)Self(credentials: [", "    \(key): \(credential),", "])"]
    }

    /// The URL when `text` is absolute (a relative `tokenUrl` has no default: the caller passes one).
    private static func absoluteURL(_ text: String) -> String? {
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else { return nil }
        return text
    }

    var templateValues: [String: Any] {
        [
            "authenticationTypeName": typeName,
            "factories": factories.map { factory in
                [
                    "docLines": factory.docLines,
                    "name": factory.name,
                    "parameters": factory.parameters.enumerated().map { ["parameter": $0.element, "last": $0.offset == factory.parameters.count - 1] as [String: Any] },
                    "hasParameters": factory.parameters.count > 1,
                    "singleParameter": factory.parameters.count == 1 ? factory.parameters[0] : false,
                    "throws": factory.throwing,
                    "bodyLines": factory.bodyLines,
                ] as [String: Any]
            },
        ]
    }
}
