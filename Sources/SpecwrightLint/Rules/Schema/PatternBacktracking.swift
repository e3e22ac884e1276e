import SpecwrightModel
import SpecwrightReports

/// Patterns avoid backreferences, the one feature that needs a backtracking matcher.
struct PatternBacktracking: SchemaRule {
    static let description = RuleDescription.rule(
        "pattern-backtracking", .warning, "Patterns need no backtracking (no backreferences)",
        why: "Patterns with backreferences (`\\1`, `\\k<name>`) cannot run in linear time: the runtime falls back to a backtracking matcher with a step budget, and other validators may take exponential time on hostile input.",
        fix: "Express the constraint without a backreference, or check it in code."
    )

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let pattern = schema.pattern, PatternValid.problem(with: pattern, in: context) == nil, Self.hasBackreference(pattern) else { return }
        findings.report("pattern `\(pattern)` uses a backreference, so matching it needs backtracking", at: context.location(of: schema, keyword: "pattern"))
    }

    /// `\1`…`\9` or `\k<name>` outside a character class.
    static func hasBackreference(_ pattern: String) -> Bool {
        var isEscaped = false
        var isInClass = false
        for character in pattern {
            if isEscaped {
                isEscaped = false
                if !isInClass, "123456789k".contains(character) { return true }
                continue
            }
            switch character {
            case "\\": isEscaped = true
            case "[": isInClass = true
            case "]": isInClass = false
            default: break
            }
        }
        return false
    }
}
