import SpecwrightModel

/// The values the `validation` templates read for one generated file.
enum ValidationContext {
    /// The validators a top-level type's file holds and the `Validatable` conformances of the type and its
    /// nested types; `false` (no validation section) when there are none.
    static func make(for declaration: TypeDeclaration, plan: ValidatorPlan) -> Any {
        var builder = ValidatorBuilder(plan: plan)
        for identity in plan.identitiesByFile[declaration.qualifiedName] ?? [] { builder.addValidator(for: identity) }
        let conformances = conformingDeclarations(declaration).compactMap { nested -> [String: Any]? in
            guard let function = plan.functionNames[nested.schema.identity] else { return nil }
            let typedLines = builder.typedCheck(for: nested)
            return [
                "typeName": nested.qualifiedName, "functionName": function, "hasTypedCheck": typedLines != nil,
                "typedCheckLines": typedLines ?? [],
            ]
        }
        guard !builder.source.isEmpty || !conformances.isEmpty else { return false }
        return sourceContext(builder.source, plan: plan).merging(["conformances": conformances]) { $1 }
    }

    /// The namespace's own file: the enum, the validators of schemas no type holds, and the validator of
    /// every component schema by name.
    static func namespaceFile(model: APIModel, plan: ValidatorPlan) -> [String: Any] {
        var builder = ValidatorBuilder(plan: plan)
        for identity in plan.namespaceIdentities { builder.addValidator(for: identity) }
        let components = model.schemas.compactMap { name, schema -> [String: Any]? in
            plan.functionNames[schema.identity].map { ["name": SwiftEscaping.stringLiteralContent(name), "functionName": $0] }
        }
        return sourceContext(builder.source, plan: plan).merging([
            "componentValidators": components, "hasComponentValidators": !components.isEmpty,
        ]) { $1 }
    }

    private static func sourceContext(_ source: ValidatorSource, plan: ValidatorPlan) -> [String: Any] {
        [
            "namespace": plan.namespace,
            "hasMembers": !source.isEmpty,
            "constants": source.constants.map { ["name": $0.name, "type": $0.type, "value": $0.value] },
            "functions": source.functions.map { function in
                [
                    "name": function.name, "access": function.isPrivate ? "fileprivate " : "", "summary": function.summary,
                    "bodyLines": function.lines,
                ] as [String: Any]
            },
        ]
    }

    /// The declaration and its nested types, except type aliases (a `String` cannot conform for a schema).
    private static func conformingDeclarations(_ declaration: TypeDeclaration) -> [TypeDeclaration] {
        var result: [TypeDeclaration] = []
        if case .alias = declaration.kind {} else { result.append(declaration) }
        for nested in declaration.nestedTypes { result += conformingDeclarations(nested) }
        return result
    }
}
