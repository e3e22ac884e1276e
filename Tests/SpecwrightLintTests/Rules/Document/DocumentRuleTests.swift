import SpecwrightModel
import SpecwrightReader
import Testing
@testable import SpecwrightLint

@Suite struct DocumentRuleTests {
    /// Lints a whole document (these rules are about its first lines).
    static func findings(_ rule: any LintRule.Type, _ text: String) throws -> [String] {
        let spec = try Spec.load(text: text, path: "/snippets/spec.yaml")
        return Linter(rules: [rule]).lint(spec, model: try ModelBuilder.build(spec)).map(\.rule)
    }

    @Test func openAPIVersionString() throws {
        #expect(try Self.findings(OpenAPIVersionString.self, "openapi: 3.0\ninfo: {title: T, version: \"1\"}\npaths: {}\n") == ["openapi-version-string"])
        #expect(try Self.findings(OpenAPIVersionString.self, "openapi: \"3.0.3\"\ninfo: {title: T, version: \"1\"}\npaths: {}\n").isEmpty)
    }

    @Test func infoPresent() throws {
        #expect(try Self.findings(InfoPresent.self, "openapi: 3.1.0\npaths: {}\n") == ["info-present"])
        #expect(try Self.findings(InfoPresent.self, "openapi: 3.1.0\ninfo: {title: T, version: \"1\"}\npaths: {}\n").isEmpty)
    }

    @Test func yamlTagIgnored() throws {
        #expect(try Self.findings(YAMLTagIgnored.self, "openapi: 3.1.0\ninfo: {title: !Sub T, version: \"1\"}\npaths: {}\n") == ["yaml-tag-ignored"])
        #expect(try Self.findings(YAMLTagIgnored.self, "openapi: 3.1.0\ninfo: {title: T, version: \"1\"}\npaths: {}\n").isEmpty)
    }
}
