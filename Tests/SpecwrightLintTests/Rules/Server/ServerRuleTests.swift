import Testing
@testable import SpecwrightLint

@Suite struct ServerRuleTests {
    @Test func serverURLValid() throws {
        #expect(try LintSnippet.lines(ServerURLValid.self, "servers:\n  - url: ftp://files.acme.com\n  - url: https://api acme.com\n") == [
            "4:10: server URL `ftp://files.acme.com` has the scheme `ftp`; expected http or https",
            "5:10: server URL `https://api acme.com` contains white space",
        ])
        #expect(try LintSnippet.lines(ServerURLValid.self, "servers:\n  - url: https://{region}.acme.com/v1\n    variables: {region: {default: eu}}\n  - url: /v2\n").isEmpty)
    }

    @Test func serverVariablesDefined() throws {
        #expect(try LintSnippet.lines(ServerVariablesDefined.self, "servers:\n  - url: https://{region}.acme.com\n    variables: {zone: {default: eu}}\n") == [
            "4:10: server URL `https://{region}.acme.com` uses `{region}`, which `variables` does not define",
            "5:17: server variable `zone` is not used in `https://{region}.acme.com`",
        ])
        #expect(try LintSnippet.lines(ServerVariablesDefined.self, "servers:\n  - url: https://{region}.acme.com\n    variables: {region: {default: eu}}\n").isEmpty)
    }

    @Test func serverVariableDefault() throws {
        #expect(try LintSnippet.lines(ServerVariableDefault.self, "servers:\n  - url: https://{region}.acme.com\n    variables: {region: {default: us, enum: [eu, uk]}}\n") == [
            "5:35: default `us` of server variable `region` is not one of its `enum` values",
        ])
        #expect(try LintSnippet.lines(ServerVariableDefault.self, "servers:\n  - url: https://{region}.acme.com\n    variables: {region: {default: eu, enum: [eu, uk]}}\n").isEmpty)
    }

    @Test func serverNoTrailingSlash() throws {
        #expect(try LintSnippet.lines(ServerNoTrailingSlash.self, "servers:\n  - url: https://api.acme.com/\n") == ["4:10: server URL `https://api.acme.com/` ends with a slash"])
        #expect(try LintSnippet.lines(ServerNoTrailingSlash.self, "servers:\n  - url: https://api.acme.com\n").isEmpty)
    }

    @Test func serverNotExample() throws {
        #expect(try LintSnippet.lines(ServerNotExample.self, "servers:\n  - url: https://api.example.com\n") == ["4:10: server URL `https://api.example.com` points at example.com"])
        #expect(try LintSnippet.lines(ServerNotExample.self, "servers:\n  - url: https://api.acme.com\n").isEmpty)
    }
}
