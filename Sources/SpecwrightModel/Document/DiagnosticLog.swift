import SpecwrightReader

/// Collects the warnings raised while the model is built: assumptions made to carry on past small defects.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []

    func warn(_ message: String, rule: DiagnosticRule, at location: SourceLocation?) {
        let diagnostic = Diagnostic.warning(message, rule: rule, at: location)
        // Shared schemas are visited from several places; say each thing once.
        if seen.insert(diagnostic).inserted {
            diagnostics.append(diagnostic)
        }
    }
}

/// Which flavour of JSON Schema the document's schemas use.
public enum OpenAPIDialect: String, Sendable {
    /// OpenAPI 3.0.x: a draft 4 subset with `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum`.
    case openAPI30
    /// OpenAPI 3.1.x and later: full JSON Schema 2020-12.
    case openAPI31

    init(version: String) {
        self = version.hasPrefix("3.0") ? .openAPI30 : .openAPI31
    }
}
