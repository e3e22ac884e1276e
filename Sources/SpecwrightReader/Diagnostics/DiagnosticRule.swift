/// The ID of a lint rule that the reader or the model raises while reading a spec (`path-param-declared`).
///
/// Every warning names one, so that `lint` reports it under that ID and `generate` keeps printing it. The
/// lint catalogue describes each of these IDs; a test checks that none is missing there.
public struct DiagnosticRule: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}

extension DiagnosticRule {
    // The reader.
    public static let openAPIVersionString = DiagnosticRule(rawValue: "openapi-version-string")
    public static let yamlTagIgnored = DiagnosticRule(rawValue: "yaml-tag-ignored")
    public static let extensionReferenceBroken = DiagnosticRule(rawValue: "extension-ref-broken")
    public static let unusedReferenceBroken = DiagnosticRule(rawValue: "unused-ref-broken")

    // The model.
    public static let infoPresent = DiagnosticRule(rawValue: "info-present")
    public static let referenceSiblingsIgnored = DiagnosticRule(rawValue: "no-ref-siblings")
    public static let integerBoundAsFloat = DiagnosticRule(rawValue: "integer-bound-float")
    public static let schemaRequiredFlag = DiagnosticRule(rawValue: "schema-required-flag")
    public static let schemaKeywordNumber = DiagnosticRule(rawValue: "schema-keyword-number")
    public static let discriminatorPropertyName = DiagnosticRule(rawValue: "discriminator-property-name")
    public static let referenceCycleWithoutContainer = DiagnosticRule(rawValue: "ref-cycle-without-container")
    public static let requiredPropertyUndefined = DiagnosticRule(rawValue: "required-property-defined")
    public static let stringEnumValueUnquoted = DiagnosticRule(rawValue: "string-enum-value-quoted")
    public static let pathParameterDeclared = DiagnosticRule(rawValue: "path-param-declared")
    public static let pathParameterRequired = DiagnosticRule(rawValue: "path-param-required")
    public static let contentKeyMediaType = DiagnosticRule(rawValue: "content-key-media-type")
    public static let unionAlternativesDistinct = DiagnosticRule(rawValue: "oneof-alternatives-distinct")
    /// An `x-state-machine` that names what the spec lacks (states, property, commands) or is malformed.
    public static let stateMachineConsistent = DiagnosticRule(rawValue: "state-machine-consistent")
    /// A state of an `x-state-machine` that no transition reaches.
    public static let stateMachineReachable = DiagnosticRule(rawValue: "state-machine-reachable")

    // Raised while generating, and not part of `all`: what generated validators cannot check. The first two
    // are also lint rules of their own; the third concerns generated code only, so lint has no rule for it.
    public static let formatKnown = DiagnosticRule(rawValue: "format-known")
    public static let patternValid = DiagnosticRule(rawValue: "pattern-valid")
    public static let validatorKeywordUnchecked = DiagnosticRule(rawValue: "validator-keyword-unchecked")

    /// Every rule the reader and the model raise, for the lint catalogue.
    public static let all: [DiagnosticRule] = [
        .openAPIVersionString, .yamlTagIgnored, .extensionReferenceBroken, .unusedReferenceBroken,
        .infoPresent, .referenceSiblingsIgnored, .integerBoundAsFloat, .schemaKeywordNumber, .schemaRequiredFlag,
        .discriminatorPropertyName, .referenceCycleWithoutContainer, .requiredPropertyUndefined,
        .stringEnumValueUnquoted, .pathParameterDeclared, .pathParameterRequired, .contentKeyMediaType,
        .unionAlternativesDistinct,
        .stateMachineConsistent, .stateMachineReachable,
    ]
}
