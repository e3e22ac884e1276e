import Foundation
import SpecwrightModel
import SpecwrightReader

/// What one spec generates: the files, and the warnings about the spec met on the way.
public struct GenerationResult: Sendable {
    public var files: [GeneratedFile]
    /// Assumptions made to carry on past small defects of the spec, each with its location.
    public var diagnostics: [Diagnostic]
}

/// The library entry point for generation: a spec and its options in, files out. The `generator` CLI and
/// the SwiftPM plugins go through it.
///
/// ```swift
/// let result = try Generator.generate(
///     specAt: "openapi.yaml", options: GenerationOptions(accessModifier: .internal), templates: TemplateSet())
/// try OutputDirectory.replace(URL(fileURLWithPath: "Generated/Acme"), with: result.files)
/// ```
public enum Generator {
    /// - Parameters:
    ///   - specLabel: how file headers name the spec (default: its file name), the same on every machine.
    ///   - scope: the folders `$ref`s may read; by default the spec's folder.
    ///   - moduleName: the module the files compile into; its client is `<moduleName>Client` (default: from the
    ///     API's title).
    public static func generate(
        specAt path: String,
        specLabel: String? = nil,
        scope: ReferenceScope? = nil,
        moduleName: String? = nil,
        options: GenerationOptions = GenerationOptions(),
        templates: TemplateSet
    ) throws -> GenerationResult {
        let collected = CollectedFiles()
        let diagnostics = try generate(
            specAt: path, specLabel: specLabel, scope: scope, moduleName: moduleName, options: options,
            templates: templates, into: collected.append)
        return GenerationResult(files: collected.files, diagnostics: diagnostics)
    }

    /// Hands each file to `deliver` as it is rendered, in the order `generate` returns them, instead of holding
    /// them all (a big spec's output is many times its size): `OutputStaging.add` writes them as they come.
    /// `deliver` is called from any thread, one call at a time. Returns the warnings about the spec.
    public static func generate(
        specAt path: String,
        specLabel: String? = nil,
        scope: ReferenceScope? = nil,
        moduleName: String? = nil,
        options: GenerationOptions = GenerationOptions(),
        templates: TemplateSet,
        into deliver: @Sendable (GeneratedFile) throws -> Void
    ) throws -> [Diagnostic] {
        let options = try options.validated()
        var spec: Spec? = try Spec.load(fileAt: path, scope: scope)
        let model = try buildModel(of: spec!, options: options)
        // The spec's node tree (as large as the model) is freed beside the rendering, which reads only the model.
        let release = BackgroundRelease(&spec)
        defer { release.wait() }
        return try render(model, specLabel: specLabel ?? URL(fileURLWithPath: path).lastPathComponent,
                          moduleName: moduleName, options: options, templates: templates, into: deliver)
    }

    public static func generate(
        _ spec: Spec, specLabel: String, moduleName: String? = nil, options: GenerationOptions = GenerationOptions(),
        templates: TemplateSet
    ) throws -> GenerationResult {
        let options = try options.validated()
        let collected = CollectedFiles()
        let diagnostics = try render(
            buildModel(of: spec, options: options), specLabel: specLabel, moduleName: moduleName, options: options,
            templates: templates, into: collected.append)
        return GenerationResult(files: collected.files, diagnostics: diagnostics)
    }

    private static func buildModel(of spec: Spec, options: GenerationOptions) throws -> APIModel {
        let model = try ModelBuilder.build(spec, names: options.nameOverrides)
        try checkOverridesExist(options.nameOverrides, in: model)
        try checkFilterMatches(options.filter, in: model)
        return model
    }

    /// - Parameter options: validated.
    private static func render(
        _ model: APIModel, specLabel: String, moduleName: String?, options: GenerationOptions, templates: TemplateSet,
        into deliver: @Sendable (GeneratedFile) throws -> Void
    ) throws -> [Diagnostic] {
        let renderer = SwiftRenderer(templates: templates, options: options)
        // One index of every schema for both (a big spec's index is as large as its model); a filtered model
        // gets its own, so that validators are planned for what it keeps.
        let index = options.emit.contains(.types) || options.emit.contains(.validators) ? SchemaIndex(model: model) : nil
        // The validators' warnings do not depend on the files: they are worked out beside the rendering.
        let validatorWarnings = options.emit.contains(.validators)
            ? BackgroundWork { ValidatorDiagnostics.warnings(in: index ?? SchemaIndex(model: model)) } : nil
        let rendered = Result {
            try renderer.render(
                model.keeping(options.filter), index: options.filter.isEmpty ? index : nil, specLabel: specLabel,
                moduleName: moduleName, into: deliver
            )
        }
        let warnings = try validatorWarnings?.wait().get() ?? []
        try rendered.get()
        return model.diagnostics + warnings
    }

    /// A name given for a schema or operation the spec does not have is most likely a typo.
    private static func checkOverridesExist(_ overrides: NameOverrides, in model: APIModel) throws {
        for key in overrides.schemas.keys.sorted() where model.schemas[key] == nil {
            throw GeneratorError("nameOverrides.schemas: the spec has no component schema '\(key)'")
        }
        let operationIDs = Set((model.operations + model.webhooks).compactMap(\.operationID))
        for key in overrides.operations.keys.sorted() where !operationIDs.contains(key) {
            throw GeneratorError("nameOverrides.operations: the spec has no operation with operationId '\(key)'")
        }
    }

    /// Each entry of the filter must match something: a filter that silently keeps nothing hides a typo.
    private static func checkFilterMatches(_ filter: OperationFilter, in model: APIModel) throws {
        let operations = model.operations + model.webhooks
        for tag in filter.tags where !operations.contains(where: { $0.tags.contains(tag) }) {
            throw GeneratorError("filter.tags: no operation has the tag '\(tag)'")
        }
        for path in filter.paths where !operations.contains(where: { $0.path == path }) {
            throw GeneratorError("filter.paths: the spec has no path '\(path)' (write it as the spec does, e.g. /customers/{id})")
        }
        for id in filter.operationIDs where !operations.contains(where: { $0.operationID == id }) {
            throw GeneratorError("filter.operationIds: the spec has no operation with operationId '\(id)'")
        }
    }
}
