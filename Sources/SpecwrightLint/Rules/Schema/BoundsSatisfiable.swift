import SpecwrightModel
import SpecwrightReports

/// Lower bounds do not exceed upper bounds: numbers, lengths, item and property counts.
struct BoundsSatisfiable: SchemaRule {
    static let description = RuleDescription.rule(
        "schema-bounds-satisfiable", .error, "Minimums do not exceed maximums",
        why: "`minimum > maximum`, `minLength > maxLength`, `minItems > maxItems` or `minProperties > maxProperties` make the schema accept no value of that type; it is always a typo or a swapped pair.",
        fix: "Correct the bounds."
    )

    func check(_ schema: Schema, _ context: LintContext, _ findings: inout RuleFindings) {
        if let minimum = schema.minimum, let maximum = schema.maximum, Self.isEmpty(minimum, maximum) {
            let low = (minimum.isExclusive ? "exclusiveMinimum " : "minimum ") + minimum.value.literal
            let high = (maximum.isExclusive ? "exclusiveMaximum " : "maximum ") + maximum.value.literal
            findings.report("\(low) and \(high) allow no number", at: context.location(of: schema, keyword: minimum.isExclusive ? "exclusiveMinimum" : "minimum"))
        }
        let counts: [(String, Int?, String, Int?)] = [
            ("minLength", schema.minLength, "maxLength", schema.maxLength),
            ("minItems", schema.minItems, "maxItems", schema.maxItems),
            ("minProperties", schema.minProperties, "maxProperties", schema.maxProperties),
            ("minContains", schema.minContains, "maxContains", schema.maxContains),
        ]
        for (lowName, low, highName, high) in counts {
            guard let low, let high, low > high else { continue }
            findings.report("\(lowName) \(low) is greater than \(highName) \(high)", at: context.location(of: schema, keyword: lowName))
        }
        if schema.uniqueItems, let minItems = schema.minItems, let values = schema.items?.enumValues, values.count < minItems {
            findings.report("minItems \(minItems) unique items cannot be drawn from \(values.count) enum values",
                            at: context.location(of: schema, keyword: "minItems"))
        }
    }

    private static func isEmpty(_ minimum: Schema.Bound, _ maximum: Schema.Bound) -> Bool {
        if let low = minimum.value.integerValue, let high = maximum.value.integerValue {
            return low > high || (low == high && (minimum.isExclusive || maximum.isExclusive))
        }
        let low = minimum.value.doubleValue, high = maximum.value.doubleValue
        return low > high || (low == high && (minimum.isExclusive || maximum.isExclusive))
    }
}
