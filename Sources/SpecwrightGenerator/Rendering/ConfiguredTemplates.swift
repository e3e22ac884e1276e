/// A template set with the keys every template may read whatever it renders (`accessModifier`,
/// `additionalImports`, `valueConformance`), merged into each context so that no caller can forget them.
struct ConfiguredTemplates: Sendable {
    let templates: TemplateSet
    let accessModifier: AccessModifier
    let additionalImports: [String]
    let valueConformance: ValueConformance

    /// Keys the context sets itself win: a template may be handed its own `additionalImports`.
    func render(_ context: [String: Any], template: String) throws -> String {
        let shared: [String: Any] = [
            "accessModifier": accessModifier.rawValue,
            "additionalImports": additionalImports,
            "valueConformance": valueConformance.rawValue,
        ]
        return try templates.render(context.merging(shared) { own, _ in own }, template: template)
    }
}
