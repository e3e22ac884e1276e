import SpecwrightModel
import SpecwrightReports
import SpecwrightSpecValidation
import SpecwrightValidation

/// A `const` is one of the schema's `enum` values and satisfies its type, length, pattern and format.
struct ConstInEnum: SchemaRule {
    static let description = RuleDescription.rule(
        "const-valid", .error, "`const` agrees with the schema's `enum`, type and constraints",
        why: "A schema whose `const` is outside its own `enum`, or breaks its own type or pattern, accepts no value at all.",
        fix: "Make the `const` one of the enum values (or drop the enum), and satisfy the schema's type."
    )

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let constant = schema.constValue else { return }
        let location = context.location(of: constant)
        if let values = schema.enumValues, !values.map(JSONValue.init).contains(JSONValue(constant)) {
            findings.report("const \(constant.scalarText.map { "`\($0)`" } ?? "") is not one of the schema's enum values", at: location)
        } else if let problem = SchemaValueCheck.problem(with: constant, in: schema, context: context) {
            findings.report("const \(constant.scalarText.map { "`\($0)`" } ?? "") \(problem)", at: location)
        }
    }
}
