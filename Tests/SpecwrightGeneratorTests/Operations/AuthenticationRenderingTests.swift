import Testing

/// `<Module>Authentication` from `securitySchemes`, each operation's resolved `security`, and the
/// parameters left to middlewares.
@Suite struct AuthenticationRenderingTests {
    static let spec = """
    openapi: 3.1.0
    info: {title: Bank, version: "1"}
    security: [{oauth: [read]}]
    paths:
      /accounts:
        get:
          operationId: listAccounts
          parameters:
            - {name: X-Api-Key, in: header, required: true, schema: {type: string}}
            - {name: Signature, in: header, required: true, schema: {type: string}}
            - {name: signature-input, in: header, required: true, schema: {type: string}}
            - {name: X-Request-Signature, in: header, required: true, x-specwright-set-by-middleware: true, schema: {type: string}}
            - {name: content-digest, in: header, x-specwright-set-by-middleware: false, schema: {type: string}}
          responses: {"200": {description: OK}}
        post:
          operationId: openAccount
          security: [{apiKey: [], basic: []}, {oauth: [write, read]}]
          responses: {"201": {description: Created}}
      /health:
        get:
          operationId: health
          security: []
          responses: {"200": {description: OK}}
      /status:
        get:
          operationId: status
          security: [{}, {bearer: []}]
          responses: {"200": {description: OK}}
    components:
      securitySchemes:
        oauth:
          type: oauth2
          flows:
            clientCredentials:
              tokenUrl: https://auth.bank.example/token
              scopes: {read: Read, write: Write}
        apiKey: {type: apiKey, in: header, name: X-Api-Key}
        basic: {type: http, scheme: basic}
        bearer: {type: http, scheme: bearer, bearerFormat: JWT}
        relative:
          type: oauth2
          flows: {clientCredentials: {tokenUrl: /token, scopes: {}}}
        tls: {type: mutualTLS}
        digest: {type: http, scheme: digest}
    """

    @Test func operationsCarryTheirResolvedRequirements() throws {
        let files = try renderOperations(Self.spec, module: "Bank")
        #expect(try #require(files["Operations/ListAccounts.swift"]).contains(
            "public static let security: [SecurityRequirement] = [[\"oauth\": [\"read\"]]]"))
        #expect(try #require(files["Operations/OpenAccount.swift"]).contains(
            """
                public static let security: [SecurityRequirement] = [
                    ["apiKey": [], "basic": []],
                    ["oauth": ["write", "read"]],
                ]
            """))
        #expect(try #require(files["Operations/Health.swift"]).contains("public static let security: [SecurityRequirement] = []"))
        #expect(try #require(files["Operations/Status.swift"]).contains("    [:],\n        [\"bearer\": []],\n"))
    }

    @Test func headersAMiddlewareSetsAreNotInputs() throws {
        let source = try #require(try renderOperations(Self.spec, module: "Bank")["Operations/ListAccounts.swift"])
        // The API key scheme's header, the RFC 9421 headers and the declared one are left to middlewares.
        for header in ["X-Api-Key", "Signature", "signature-input", "X-Request-Signature"] {
            #expect(!source.contains("builder.header(\"\(header)\""), "\(header)")
        }
        // `x-specwright-set-by-middleware: false` keeps a header the rule would leave out.
        #expect(source.contains("try builder.header(\"content-digest\", contentDigest)"))
    }

    @Test func oneFactoryPerSchemeWithTheSpecBakedIn() throws {
        let files = try renderOperations(Self.spec, module: "Bank")
        let source = try #require(files["Client/BankAuthentication.swift"])
        #expect(source.contains("public struct BankAuthentication: Sendable {"))
        #expect(source.contains("        tokenURL: URL = URL(string: \"https://auth.bank.example/token\")!,\n"))
        #expect(source.contains("Scopes: `read`, `write`."))
        #expect(source.contains("public static func oauth(tokenProvider: OAuth2TokenProvider) -> Self {"))
        #expect(source.contains("public static func apiKey(_ key: String) throws -> Self {"))
        #expect(source.contains("try Self(credentials: [\"apiKey\": .apiKey(key, location: .header(name: \"X-Api-Key\"))])"))
        #expect(source.contains("public static func basic(\n        username: String,\n        password: String\n    ) throws -> Self {"))
        #expect(source.contains("public static func bearer(token: String) -> Self {"))
        // A relative token URL has no default; mutual TLS is the transport's; digest takes your own authorizer.
        #expect(source.contains("        tokenURL: URL,\n"))
        #expect(source.contains("public static func tls() -> Self {"))
        #expect(source.contains("public static func digest(_ authorizer: any RequestAuthorizer) -> Self {"))
        let client = try #require(files["Client/BankClient.swift"])
        #expect(client.contains("serverURL: URL, transport: any ClientTransport, authentication: BankAuthentication? = nil,"))
        #expect(client.contains("authentication: authentication.map { ClientAuthentication(credentials: $0.credentials, transport: transport) },"))
    }

    @Test func aSpecWithoutSchemesHasNoAuthentication() throws {
        let files = try renderOperations(OperationRenderingTests.spec)
        #expect(!files.keys.contains { $0.hasSuffix("Authentication.swift") })
        #expect(try #require(files["Client/ShopClient2.swift"]).contains("serverURL: URL, transport: any ClientTransport,\n"))
    }
}
