import SpecwrightModel
import SpecwrightReports

/// Every `pattern` and `patternProperties` key is an ECMA-262 regular expression the runtime engine compiles.
struct PatternValid: SchemaRule {
    static let description = RuleDescription.rule(
        "pattern-valid", .error, "Patterns are valid ECMA-262 regular expressions",
        why: "JSON Schema patterns are ECMA-262 (Unicode mode); a pattern that is invalid there (`\\a`, `(?i)`, a lone `{`, a PCRE-only construct) fails or means something else in every validator, and generated validation cannot run it.",
        fix: "Rewrite the pattern in ECMA-262 syntax (e.g. `[A-Za-z]` instead of `(?i)[a-z]`)."
    )

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        if let pattern = schema.pattern, let problem = Self.problem(with: pattern, in: context) {
            findings.report("pattern `\(pattern)`: \(problem)", at: context.location(of: schema, keyword: "pattern"))
        }
        for pattern in schema.patternProperties.keys {
            guard let problem = Self.problem(with: pattern, in: context), let node = context.node(identity: schema.identity)?["patternProperties"] else { continue }
            findings.report("patternProperties key `\(pattern)`: \(problem)", at: context.location(ofKey: pattern, in: node))
        }
    }

    static func problem(with pattern: String, in context: LintContext) -> String? {
        switch context.regex(pattern) {
        case .success: nil
        case .failure(let error): error.description
        }
    }
}
