import SpecwrightModel
import SpecwrightReader
import SpecwrightValidation

/// What generated validators cannot check, said once as warnings with the schema's location: unknown
/// formats (no check, as JSON Schema asks), patterns that are not ECMA-262, and keywords that need a
/// dynamic evaluation (`unevaluatedProperties`, `unevaluatedItems`, `$dynamicRef`).
public enum ValidatorDiagnostics {
    public static func warnings(for model: APIModel) -> [Diagnostic] {
        warnings(in: SchemaIndex(model: model))
    }

    static func warnings(in index: SchemaIndex) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var reportedFormats: Set<String> = []
        // By identity, for a stable order; sorting the identities rather than the schemas copies no schema.
        for identity in index.identities.sorted() {
            guard let schema = index[identity] else { continue }
            if let format = schema.format, FormatRegistry.checker(for: format) == nil, reportedFormats.insert(format).inserted {
                warnings.append(.warning(
                    "format `\(format)` is not one Specwright knows; generated validators do not check it (known: \(FormatRegistry.formatNames.joined(separator: ", ")))",
                    rule: .formatKnown, at: schema.location))
            }
            for pattern in [schema.pattern].compactMap({ $0 }) + Array(schema.patternProperties.keys) {
                do {
                    _ = try ECMARegex(pattern)
                } catch {
                    warnings.append(.warning("pattern `\(pattern)` is not an ECMA-262 regular expression (\(error)); generated validators do not check it", rule: .patternValid, at: schema.location))
                }
            }
            for keyword in ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef"] where schema.assertionKeywords.contains(keyword) {
                warnings.append(.warning("`\(keyword)` is not checked by generated validators (the dynamic validator checks it)", rule: .validatorKeywordUnchecked, at: schema.location))
            }
        }
        return warnings
    }
}
