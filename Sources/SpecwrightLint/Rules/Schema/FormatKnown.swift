import SpecwrightModel
import SpecwrightReports

/// Every `format` is one the runtime checks, one OpenAPI defines for numbers and binary data, or one the
/// project configures as known.
struct FormatKnown: SchemaRule {
    static let description = RuleDescription.rule(
        "format-known", .warning, "Formats are known to the runtime or configured",
        why: "An unknown format is silently ignored by every validator, so a typo (`date_time`, `e-mail`) turns a check off without anyone noticing.",
        fix: "Use a known format name, or list the custom one under `lint.formats` in generator.yaml."
    )

    /// The formats OpenAPI defines that carry no string check (sizes of numbers, binary content, UI hints).
    static let openAPIFormats: Set<String> = ["int32", "int64", "float", "double", "byte", "binary", "password", "base64", "decimal"]

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        guard let format = schema.format, !context.knownFormats.contains(format) else { return }
        findings.report("format `\(format)` is not known, so nothing checks it", at: context.location(of: schema, keyword: "format"))
    }
}
