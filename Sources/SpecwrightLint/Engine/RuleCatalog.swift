import SpecwrightReports

/// Every rule, in the order the catalogue lists them: by the spec object they are about.
public enum RuleCatalog {
    public static let all: [any LintRule.Type] = [
        // The document and references.
        OpenAPIVersionString.self, InfoPresent.self, YAMLTagIgnored.self,
        ExtensionReferenceBroken.self, UnusedReferenceBroken.self, ReferenceSiblingsIgnored.self,
        // Servers.
        ServerURLValid.self, ServerVariablesDefined.self, ServerVariableDefault.self, ServerNoTrailingSlash.self,
        ServerNotExample.self,
        // Tags and security.
        TagsUnique.self, SecurityDefined.self, SecurityScopesDefined.self,
        // Paths.
        PathDeclarationsNamed.self, PathParameterDeclared.self, PathParameterUsed.self, PathParameterRequired.self,
        PathsNotIdentical.self, PathsNotAmbiguous.self, PathNoTrailingSlash.self, PathNoQuery.self,
        // Operations.
        OperationIdPresent.self, OperationIdUnique.self, OperationIdURLSafe.self, OperationSuccessResponse.self, OperationTagDefined.self,
        OperationParametersUnique.self, ContentKeyMediaType.self,
        // Components.
        ComponentsUnused.self, ComponentNamesValid.self,
        // Examples and defaults.
        ExampleValueOrExternalValue.self, ExampleBesideExamples.self, MediaExampleValid.self, SchemaExampleValid.self,
        SchemaDefaultValid.self,
        // Schemas.
        SchemaTypeMismatch.self, ArrayItemsDefined.self, EnumValuesUnique.self, EnumValuesValid.self,
        StringEnumValueQuoted.self, ConstInEnum.self, BoundsSatisfiable.self, IntegerBoundAsFloat.self,
        SchemaKeywordNumber.self, PatternValid.self, PatternBacktracking.self, FormatKnown.self, RequiredPropertyDefined.self,
        RequiredPropertyAllowed.self, SchemaRequiredFlag.self, ConditionalPropertiesDefined.self,
        ReferenceCycleWithoutContainer.self, OneOfAlternativesDistinct.self,
        // Discriminators.
        DiscriminatorPropertyName.self, DiscriminatorPropertyRequired.self, DiscriminatorMappingMember.self,
        // State machines.
        StateMachineConsistent.self, StateMachineReachable.self,
        // Swift names.
        SchemaSwiftNameUnique.self, OperationSwiftNameUnique.self, SwiftNameReadable.self,
    ]

    /// Every rule's description, in catalogue order.
    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// The rule with `id`, if there is one.
    public static func rule(withID id: String) -> (any LintRule.Type)? {
        all.first { $0.description.id == id }
    }
}
