import Testing
@testable import SpecwrightLint

@Suite struct SecurityRuleTests {
    static let schemes = """
    components:
      securitySchemes:
        oauth:
          type: oauth2
          flows: {clientCredentials: {tokenUrl: "https://auth.acme.com/token", scopes: {"payments:read": read}}}

    """

    @Test func securityDefined() throws {
        #expect(try LintSnippet.lines(SecurityDefined.self, Self.schemes + "security:\n  - apiKey: []\n") == [
            "9:5: security scheme `apiKey` required by the document is not defined in `components.securitySchemes`",
        ])
        #expect(try LintSnippet.lines(SecurityDefined.self, Self.schemes + "security:\n  - oauth: []\n").isEmpty)
    }

    @Test func securityScopesDefined() throws {
        #expect(try LintSnippet.lines(SecurityScopesDefined.self, Self.schemes + "security:\n  - oauth: [\"payments:write\"]\n") == [
            "9:13: scope `payments:write` required by the document is not declared by any flow of `oauth`",
        ])
        #expect(try LintSnippet.lines(SecurityScopesDefined.self, Self.schemes + "security:\n  - oauth: [\"payments:read\"]\n").isEmpty)
    }
}
