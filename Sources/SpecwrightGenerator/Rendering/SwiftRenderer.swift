import SpecwrightModel

/// A file to write, relative to the output folder.
public struct GeneratedFile: Hashable, Sendable {
    public var path: String
    public var contents: String
    /// What the file holds, which decides the file it joins in the bundled layout.
    public var category: OutputCategory

    public init(path: String, contents: String, category: OutputCategory = .types) {
        self.path = path
        self.contents = contents
        self.category = category
    }
}

/// Renders the model to Swift source: one file per top-level type, named after it, or one file per
/// category (`OutputLayout.bundled`).
public struct SwiftRenderer: Sendable {
    let templates: ConfiguredTemplates
    let emit: Set<OutputCategory>
    let layout: OutputLayout

    /// Only `accessModifier`, `additionalImports`, `valueConformance`, `emit` and `layout` of `options` matter
    /// here: filtering and renaming happen while the model is built (`Generator`).
    public init(templates: TemplateSet, options: GenerationOptions = GenerationOptions()) {
        self.templates = ConfiguredTemplates(
            templates: templates, accessModifier: options.accessModifier, additionalImports: options.additionalImports,
            valueConformance: options.valueConformance)
        emit = options.emit
        layout = options.layout
    }

    /// - Parameters:
    ///   - specLabel: how the header names the spec (a path relative to the project, not an absolute one,
    ///     so that output is the same on every machine).
    ///   - moduleName: the module the files compile into; its client is `<moduleName>Client`
    ///     (default: from the API's title).
    public func render(_ model: APIModel, specLabel: String, moduleName: String? = nil) throws -> [GeneratedFile] {
        let collected = CollectedFiles()
        try render(model, index: nil, specLabel: specLabel, moduleName: moduleName, into: collected.append)
        return collected.files
    }

    /// Hands each file to `deliver` as soon as it and every file before it are rendered, in the order
    /// `render` returns them; `deliver` is called from any thread, one call at a time.
    /// - Parameter index: every schema of `model`, when the caller has it already.
    func render(
        _ model: APIModel, index: SchemaIndex?, specLabel: String, moduleName: String?,
        into deliver: @Sendable (GeneratedFile) throws -> Void
    ) throws {
        let header: [String: String] = [
            "specFile": SwiftEscaping.commentLineText(specLabel),
            "apiTitle": SwiftEscaping.commentLineText(model.title),
            "apiVersion": SwiftEscaping.commentLineText(model.version),
        ]
        // The client's names are claimed in one pass over the operations, in order; that pass runs beside the
        // validator plan (neither needs the other), then every file renders on all cores.
        let templates = templates
        let clientJobs = emit.contains(.client) ? BackgroundWork { [header] in
            try OperationRenderer(
                templates: templates, model: model, header: header as [String: Any], moduleName: moduleName ?? SwiftNaming.typeName(model.title)
            ).jobs()
        } : nil
        let typeJobs = Result { emit.contains(.types) ? try typeAndValidatorJobs(model, index: index ?? SchemaIndex(model: model), header: header) : [] }
        let client = clientJobs?.wait() ?? .success([])
        // Errors come as they did when types rendered before the client: the types' first.
        let jobs = try typeJobs.get() + ((try? client.get()) ?? [])
        switch layout {
        case .filePerType:
            // Type files come first (the client's jobs follow the types'), so they claim their names first.
            let naming = FileNaming(renderer: self)
            try RenderJob.run(jobs) { file in try deliver(naming.place(file)) }
            _ = try client.get()
        case .bundled:
            let collected = CollectedFiles()
            try RenderJob.run(jobs, into: collected.append)
            _ = try client.get()
            let files = collected.files
            let typeFiles = files.filter { $0.category != .client }
            let clientFiles = files.filter { $0.category == .client }
            for file in FileBundler.bundle(typeFiles + clientFiles, header: try templates.render(header, template: "bundle-header")) {
                try deliver(file)
            }
        }
    }

    /// The jobs of every file of the types and validators categories, each named by its type (without
    /// `.swift`), in model order. A type's validators share its file in the file-per-type layout and go to
    /// their own file when bundled.
    private func typeAndValidatorJobs(_ model: APIModel, index: SchemaIndex, header: [String: String]) throws -> [RenderJob] {
        let withValidators = emit.contains(.validators)
        let validators = ValidatorPlan(model: model, index: index)
        let templates = templates
        var jobs = [RenderJob(
            path: "ComponentSchemas", category: .types, template: "component-schemas",
            context: (header as [String: Any]).merging([
                "schemas": model.componentTypeNames.map { ["name": SwiftEscaping.stringLiteralContent($0.key), "typeName": $0.value] },
                "hasSchemas": !model.componentTypeNames.isEmpty,
            ]) { $1 },
            templates: templates
        )]
        if withValidators {
            jobs.append(RenderJob {
                [GeneratedFile(
                    path: validators.namespace,
                    contents: Self.tidy(try templates.render((header as [String: Any]).merging(ValidationContext.namespaceFile(model: model, plan: validators)) { $1 }, template: "validation-namespace")),
                    category: .validators
                )]
            })
        }
        let separateValidators = layout == .bundled
        // Files do not depend on each other: each is a job, run on any core.
        jobs += model.types.map { declaration in
            RenderJob {
                let validation = withValidators ? ValidationContext.make(for: declaration, plan: validators) : false
                var context: [String: Any] = header
                context["declarations"] = [try declarationContext(declaration, in: TypeSpelling())]
                context["validation"] = separateValidators ? false : validation
                let typeFile = GeneratedFile(
                    path: declaration.name, contents: Self.tidy(try templates.render(context, template: "file")), category: .types)
                guard separateValidators, !(validation is Bool) else { return [typeFile] }
                context["declarations"] = [[String: Any]]()
                context["validation"] = validation
                let validatorFile = GeneratedFile(
                    path: declaration.name, contents: Self.tidy(try templates.render(context, template: "file")), category: .validators)
                return [typeFile, validatorFile]
            }
        }
        return jobs + stateMachineJobs(model, header: header)
    }

    /// Renders nested types first (bottom-up) and indents them here: Mustache's partial indentation does not
    /// reach lines produced inside sections, so templates receive nested types as finished text.
    /// The file is tidied once at the end; tidying works line by line, so indentation does not change it.
    private func declarationContext(_ declaration: TypeDeclaration, in enclosing: TypeSpelling) throws -> [String: Any] {
        let spelling = enclosing.entering(declaration)
        let nestedSources = try declaration.nestedTypes.map { nested in
            Self.indented(try templates.render(try declarationContext(nested, in: spelling), template: "declaration"))
        }
        var written = declaration
        written.kind = declaration.kind.renamingTypes(spelling.spell)
        return DeclarationContext.make(written, nestedSources: nestedSources)
    }

    /// Indents each non-blank line by four spaces, without a final newline.
    static func indented(_ source: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.utf8.count + source.utf8.count / 8)
        var atLineStart = true
        for byte in source.utf8 {
            if byte == newline {
                atLineStart = true
            } else if atLineStart {
                atLineStart = false
                bytes.append(contentsOf: indentation)
            }
            bytes.append(byte)
        }
        while bytes.last == newline { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let indentation: [UInt8] = Array("    ".utf8)

    /// Names differing only in case (`FooBar`, `Foobar`) would overwrite each other on a case-insensitive disk.
    /// A name too long for a file system (255 bytes) keeps its start and gets a digest of the whole name.
    func fileName(for typeName: String, used: inout Set<String>) -> String {
        let typeName = typeName.utf8.count <= Self.longestFileStem ? typeName
            : String(typeName.prefix(Self.longestFileStem - 17)) + "_" + Self.digest(typeName)
        var name = typeName
        var counter = 2
        while !used.insert(name.lowercased()).inserted {
            name = "\(typeName)_\(counter)"
            counter += 1
        }
        return name + ".swift"
    }

    /// Operation, client and webhook files live in their own folders (`Operations/CreateCustomer.swift`), but
    /// SwiftPM names object files after a file's name alone: one named like a type's file gets its folder's
    /// name as a suffix (`Operations/CreateCustomer+Operation.swift`).
    func clientFileName(_ path: String, used: inout Set<String>) -> String {
        guard let slash = path.lastIndex(of: "/") else { return fileName(for: String(path.dropLast(".swift".count)), used: &used) }
        let folder = String(path[..<slash])
        let stem = String(path[path.index(after: slash)...].dropLast(".swift".count))
        if used.insert(stem.lowercased()).inserted { return path }
        let kind = folder.hasSuffix("s") ? String(folder.dropLast()) : folder
        return folder + "/" + fileName(for: stem + "+" + kind, used: &used)
    }

    /// Leaves room for `_<counter>.swift` under the 255-byte limit of common file systems.
    private static let longestFileStem = 200

    /// FNV-1a, 64 bits, in hex: stable across runs and machines (unlike `hashValue`).
    private static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Trailing spaces and runs of blank lines are template artefacts, not intent: drops trailing spaces, blank
    /// lines after a blank line, after an opening brace, before a closing brace and at the end; every line ends
    /// with a line break. One pass over the bytes, line by line.
    static func tidy(_ source: String) -> String {
        var source = source
        return source.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1)
            var hasLines = false
            var lastIsBlank = false
            var lastOpensBrace = false
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != newline { end += 1 }
                var trimmedEnd = end
                while trimmedEnd > start && bytes[trimmedEnd - 1] == space { trimmedEnd -= 1 }
                if trimmedEnd == start {
                    if !(hasLines && (lastIsBlank || lastOpensBrace)) {
                        output.append(newline)
                        (hasLines, lastIsBlank, lastOpensBrace) = (true, true, false)
                    }
                } else {
                    var first = start
                    while bytes[first] == space { first += 1 }
                    if lastIsBlank && trimmedEnd - first == 1 && bytes[first] == UInt8(ascii: "}") { output.removeLast() }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<trimmedEnd]))
                    output.append(newline)
                    (hasLines, lastIsBlank, lastOpensBrace) = (true, false, bytes[trimmedEnd - 1] == UInt8(ascii: "{"))
                }
                start = end + 1
            }
            if lastIsBlank { output.removeLast() }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

/// Names the files of the file-per-type layout in the order they come (see `fileName(for:used:)`).
private final class FileNaming: @unchecked Sendable {
    // `@unchecked`: `place` is called one file at a time (`RenderJob.run(_:into:)`).
    private let renderer: SwiftRenderer
    private var used: Set<String> = []

    init(renderer: SwiftRenderer) { self.renderer = renderer }

    func place(_ file: GeneratedFile) -> GeneratedFile {
        var placed = file
        placed.path = file.category == .client
            ? renderer.clientFileName(file.path, used: &used) : renderer.fileName(for: file.path, used: &used)
        return placed
    }
}

/// The files handed on by `RenderJob.run(_:into:)`, in order.
final class CollectedFiles: @unchecked Sendable {
    // `@unchecked`: `append` is called one file at a time, `files` read after the last call.
    private(set) var files: [GeneratedFile] = []

    func append(_ file: GeneratedFile) { files.append(file) }
}
