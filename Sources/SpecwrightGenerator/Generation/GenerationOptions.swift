import SpecwrightModel

/// What to generate for one spec: the per-provider keys of generator.yaml and of the plugins' specwright.yaml.
public struct GenerationOptions: Hashable, Sendable {
    public var accessModifier: AccessModifier
    /// Modules every generated file imports besides Foundation and SpecwrightValidation.
    public var additionalImports: [String]
    public var nameOverrides: NameOverrides
    public var filter: OperationFilter
    /// The kinds of code to write; validators and the client need the types.
    public var emit: Set<OutputCategory>
    public var layout: OutputLayout
    /// `Equatable` (the default) or `Hashable`, for every generated type.
    public var valueConformance: ValueConformance

    public init(
        accessModifier: AccessModifier = .public,
        additionalImports: [String] = [],
        nameOverrides: NameOverrides = NameOverrides(),
        filter: OperationFilter = OperationFilter(),
        emit: Set<OutputCategory> = Set(OutputCategory.allCases),
        layout: OutputLayout = .filePerType,
        valueConformance: ValueConformance = .equatable
    ) {
        self.accessModifier = accessModifier
        self.additionalImports = additionalImports
        self.nameOverrides = nameOverrides
        self.filter = filter
        self.emit = emit
        self.layout = layout
        self.valueConformance = valueConformance
    }

    /// Checks what a configuration reader cannot: names that must be identifiers, and `emit` combinations.
    /// Each problem names the configuration key it comes from.
    public func validated() throws -> GenerationOptions {
        for module in additionalImports where !SwiftEscaping.isModuleName(module) {
            throw GeneratorError("additionalImports: '\(module)' is not a module name (e.g. `MyModels` or `Foundation.NSData`)")
        }
        let overrides = nameOverrides.schemas.map { ("nameOverrides.schemas.\($0.key)", $0.value) }
            + nameOverrides.operations.map { ("nameOverrides.operations.\($0.key)", $0.value) }
        for (key, name) in overrides.sorted(by: { $0.0 < $1.0 }) where !SwiftEscaping.isPlainTypeName(name) {
            throw GeneratorError("\(key): '\(name)' is not a Swift type name (letters, digits and `_`, not starting with a digit, not a keyword)")
        }
        if !emit.contains(.types), let dependent = emit.sorted().first {
            throw GeneratorError("emit: \(dependent.rawValue) needs types (add `types` to emit)")
        }
        return self
    }
}
