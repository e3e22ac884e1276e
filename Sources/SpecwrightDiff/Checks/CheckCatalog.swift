/// Every check, in the order of the catalogue (`diff --list-checks`, SARIF rules, `Docs/diff.md`).
public enum CheckCatalog {
    static let documentChecks: [any DocumentCheck] = [
        PathRemoved(), OperationRemoved(), WebhookRemoved(), OperationAdded(), SecuritySchemeChanged(),
        SwiftTypeRemoved(), SwiftMethodRemoved(),
    ]

    static let operationChecks: [any OperationCheck] = [
        ParameterRemoved(), NewRequiredParameter(), ParameterBecameRequired(), ParameterSerializationChanged(),
        RequestBodyBecameRequired(), RequiredRequestBodyAdded(), RequestBodyRemoved(), RequestMediaTypeRemoved(),
        ResponseStatusRemoved(), ResponseMediaTypeRemoved(), ResponseHeaderRemoved(), ResponseHeaderBecameOptional(),
        SecurityRequired(), SecurityAlternativeRemoved(), SecurityScopeAdded(), SwiftMethodRenamed(),
    ]

    static let schemaChecks: [any SchemaCheck] = [
        TypeChanged(), NullabilityChanged(), FormatChanged(), PatternChanged(),
        MinimumChanged(), MaximumChanged(), MinLengthChanged(), MaxLengthChanged(),
        MinItemsChanged(), MaxItemsChanged(), ContainsChanged(), MinContainsChanged(), MaxContainsChanged(),
        EnumValueRemoved(), EnumValueAdded(), EnumAdded(), EnumRemoved(), ConstChanged(),
        PropertyRemoved(), PropertyBecameRequired(), PropertyBecameOptional(), NewRequiredProperty(),
        DiscriminatorPropertyChanged(), DiscriminatorMappingChanged(), VariantRemoved(), VariantAdded(),
        ConditionalRuleAdded(), ConditionalRuleRemoved(), ConditionChanged(), DependentRequiredChanged(),
    ]

    static let typeChecks: [any TypeCheck] = [
        SwiftTypeRenamed(), SwiftTypeKindChanged(), SwiftPropertyRemoved(), SwiftPropertyRenamed(),
        SwiftPropertyTypeChanged(), SwiftPropertyOptionalityChanged(), SwiftPropertyAdded(),
        SwiftCaseRemoved(), SwiftCaseRenamed(), SwiftCaseAdded(), SwiftCasePayloadChanged(), SwiftTypealiasChanged(),
    ]

    /// Every check's description: wire checks first, then the Swift ones.
    public static let all: [CheckDescription] = {
        let descriptions = (documentChecks as [any DiffCheck]) + operationChecks + schemaChecks + typeChecks
        let wire = descriptions.map(\.description).filter { $0.area == .wire }
        let swift = descriptions.map(\.description).filter { $0.area == .swift }
        return wire + swift
    }()

    public static func check(withID id: String) -> CheckDescription? {
        all.first { $0.id == id }
    }
}
