import SpecwrightLint
import SpecwrightModel
import SpecwrightReader
import SpecwrightReports

/// Lints a small spec written inline, with one rule, the way the rule tests need it.
enum LintSnippet {
    /// The findings of `rule` on the document `openapi: <version>`, `info`, then `body` (YAML at the top level).
    static func findings(_ rule: any LintRule.Type, _ body: String, version: String = "3.1.0",
                         settings: LintSettings = LintSettings()) throws -> [Finding] {
        let text = "openapi: \(version)\ninfo: {title: Snippet, version: \"1\"}\n" + body
        let spec = try Spec.load(text: text, path: "/snippets/spec.yaml")
        return Linter(settings: settings, rules: [rule]).lint(spec, model: try ModelBuilder.build(spec))
    }

    /// `line:column: message` of each finding, for exact expectations.
    static func lines(_ rule: any LintRule.Type, _ body: String, version: String = "3.1.0") throws -> [String] {
        try findings(rule, body, version: version).map { finding in
            let location = finding.location.map { "\($0.line):\($0.column): " } ?? ""
            return location + finding.message
        }
    }
}
