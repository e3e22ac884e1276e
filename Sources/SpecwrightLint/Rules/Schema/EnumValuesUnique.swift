import SpecwrightModel
import SpecwrightReports
import SpecwrightSpecValidation
import SpecwrightValidation

/// An `enum` lists each value once.
struct EnumValuesUnique: SchemaRule {
    static let description = RuleDescription.rule(
        "enum-values-unique", .warning, "Enum values are unique",
        why: "JSON Schema requires unique enum values; a repeated value is usually a copy-paste slip that hides a missing one, and it yields duplicate Swift cases.",
        fix: "Remove the duplicate, or correct it to the value that was meant."
    )
    static let counterparts = Counterparts(spectral: ["duplicated-entry-in-enum"], redocly: ["no-duplicated-enum-values"])

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let values = schema.enumValues, values.count > 1 else { return }
        var seen: [JSONValue: ReportLocation] = [:]
        for value in values {
            let json = JSONValue(value)
            let location = context.location(of: value)
            if let first = seen[json] {
                findings.report("enum value \(value.scalarText.map { "`\($0)`" } ?? "") is listed twice", at: location,
                                related: [RelatedLocation(location: first, message: "first listed here")])
            } else {
                seen[json] = location
            }
        }
    }
}
