import SpecwrightModel

/// Turns a type declaration into the values the Mustache templates read.
///
/// Templates decide layout; this type decides names and the Swift expressions that are too intricate for a
/// logic-less template (wire conversions in `Codable` code). Template authors find the keys documented in
/// `Templates/README.md`.
enum DeclarationContext {
    /// - Parameter nestedSources: the nested types, already rendered and indented one level.
    static func make(_ declaration: TypeDeclaration, nestedSources: [String]) -> [String: Any] {
        var documentation = declaration.documentation
        // A title the type is named after (`discounts_data_param` → `DiscountsDataParam`) says nothing more.
        if let title = documentation.title, SwiftNaming.typeName(title) == declaration.name { documentation.title = nil }
        var context: [String: Any] = [
            "name": SwiftEscaping.identifier(declaration.name),
            "qualifiedName": declaration.qualifiedName,
            "docLines": typeDocLines(documentation),
            "deprecated": documentation.isDeprecated,
            "nestedTypes": nestedSources.map { ["source": $0] },
            // Every kind key is set, `false` when it does not apply: Mustache looks a missing key up in the
            // enclosing contexts, so a nested declaration would otherwise take its parent's kind.
            "structure": false, "enumeration": false, "union": false, "alias": false,
        ]
        switch declaration.kind {
        case .structure(let structure):
            context["structure"] = structureContext(structure)
        case .stringEnumeration(let enumeration):
            context["enumeration"] = enumerationContext(enumeration, rawType: "String") { "\"\(SwiftEscaping.stringLiteralContent($0))\"" }
        case .integerEnumeration(let enumeration):
            context["enumeration"] = enumerationContext(enumeration, rawType: "Int64") { String($0) }
        case .union(let union):
            context["union"] = unionContext(union, name: declaration.name, qualifiedName: declaration.qualifiedName)
        case .alias(let type):
            context["alias"] = ["typeName": type.swiftName]
        }
        return context
    }

    /// Types carry their deprecation in the doc comment: an `@available(*, deprecated)` on the type would
    /// make every generated type that stores it warn.
    private static func typeDocLines(_ documentation: Documentation) -> [String] {
        let lines = DocComment.lines(documentation)
        guard documentation.isDeprecated else { return lines }
        return lines + (lines.isEmpty ? [] : ["///"]) + ["/// - Warning: Deprecated in the spec."]
    }
}
