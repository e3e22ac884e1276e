import ArgumentParser
import Foundation
import SpecwrightGenerator
import SpecwrightReader

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generates Swift for every provider in generator.yaml, or for one spec.",
        discussion: """
        With no options, reads generator.yaml in the current folder and regenerates every provider's output. \
        With --spec, --output and --module, generates for that one spec. Nothing is written unless every \
        provider generates without error.
        """
    )

    @Option(help: "The project configuration.")
    var config = "generator.yaml"

    @Option(help: "Generate from this spec only (YAML or JSON), instead of the configuration's providers.")
    var spec: String?

    @Option(help: "With --spec: the folder to write into (replaced as a whole).")
    var output: String?

    @Option(help: "With --spec: the Swift module name (defaults to the output folder's name).")
    var module: String?

    @Option(help: "A folder of .mustache templates that override the default ones.")
    var templates: String?

    @Option(help: ArgumentHelp(
        "With --spec: a file of generation settings (accessModifier, filter, emit, ...; as a plugin's specwright.yaml).",
        valueName: "file"
    ))
    var settings: String?

    @Option(help: "How to split the code: filePerType (one file per type, for committed code) or bundled (Types.swift, Validators.swift, Client.swift).")
    var layout: OutputLayout = .filePerType

    @Flag(help: "Do not print warnings about the specs.")
    var quiet = false

    @Option(help: ArgumentHelp(
        "Let $refs also read files in this folder (repeatable).",
        discussion: "By default $refs read only files under the spec's folder (with --spec) or the project folder.",
        valueName: "folder"
    ))
    var allowRefsOutside: [String] = []

    @Flag(help: "Let generator.yaml name output folders outside the project folder.")
    var allowOutputOutsideProject = false

    func validate() throws {
        if spec == nil, output != nil || module != nil || settings != nil {
            throw ValidationError("--output, --module and --settings go with --spec")
        }
        if spec != nil, output == nil {
            throw ValidationError("--spec needs --output")
        }
    }

    /// Every failure prints one message and exits with 2 (a usage, spec or output problem).
    func run() throws {
        do {
            try generate()
        } catch let error as SpecError {
            // Already `file:line:column: error: message`, the form editors jump to.
            printError(error.description)
            throw ExitCode(2)
        } catch {
            printError("error: \(Self.message(for: error))")
            throw ExitCode(2)
        }
    }

    /// The message of any error, never a bare "… error 1" (which is what `localizedDescription` says for an
    /// error type that does not describe itself).
    static func message(for error: any Error) -> String {
        switch error {
        case let error as GeneratorError: error.description
        case let error as ValidationError: error.message
        case let error as CocoaError: error.localizedDescription
        case let error as LocalizedError: error.errorDescription ?? String(describing: error)
        default: String(describing: error)
        }
    }

    private func generate() throws {
        let (jobs, templateOverrides) = try plan()
        let templateSet = try TemplateSet(overrides: templateOverrides)

        // Every output is locked, checked and staged first; files go into the staging folders as they are
        // rendered, and the folders are swapped in only once every provider has succeeded, so a failure in any
        // provider leaves every output folder untouched.
        let stagings = try OutputDirectory.stage(jobs.map { URL(fileURLWithPath: $0.outputPath) })
        for (job, staging) in zip(jobs, stagings) {
            let diagnostics: [Diagnostic]
            do {
                diagnostics = try Generator.generate(
                    specAt: job.specPath, specLabel: job.specLabel, scope: job.referenceScope, moduleName: job.name,
                    options: job.options, templates: templateSet, into: staging.add
                )
            } catch let error as GeneratorError {
                // Which provider's settings (an override or filter matching nothing) or templates failed.
                throw GeneratorError("\(job.name): \(error.description)")
            }
            if !quiet {
                for diagnostic in diagnostics { printError(diagnostic.description) }
            }
        }
        try OutputDirectory.commit(stagings)
        for (job, staging) in zip(jobs, stagings) {
            print("\(job.name): \(staging.fileCount) files in \(job.outputLabel)")
        }
    }

    /// What to generate, and the template folder that overrides the defaults (`--templates`, else the
    /// configuration's `templates`).
    private func plan() throws -> (jobs: [GenerationJob], templateOverrides: URL?) {
        let templatesOption = templates.map { URL(fileURLWithPath: $0) }
        if let spec, let output {
            let specFolder = URL(fileURLWithPath: spec).standardizedFileURL.deletingLastPathComponent().path
            var options = try settings.map(GenerationSettings.load(pluginConfigurationAt:)) ?? GenerationOptions()
            options.layout = layout
            let job = GenerationJob(
                name: module ?? URL(fileURLWithPath: output).lastPathComponent, specPath: spec, specLabel: spec,
                outputPath: output, outputLabel: output,
                referenceScope: ReferenceScope(folders: [specFolder] + allowRefsOutside), options: options
            )
            return ([job], templatesOption)
        }
        let (configuration, directory) = try ProjectConfiguration.load(from: URL(fileURLWithPath: config))
        let project = ProjectFolder(directory)
        let scope = ReferenceScope(
            folders: [directory.path] + (configuration.allowRefsOutside ?? []).map { directory.appendingPathComponent($0).path }
                + allowRefsOutside
        )
        let jobs = try configuration.providers.map { provider in
            let output = provider.output ?? "Generated/\(provider.name)"
            let outputPath = directory.appendingPathComponent(output).path
            if !allowOutputOutsideProject, !project.contains(outputPath) {
                throw ValidationError(
                    "\(config): the output '\(output)' of \(provider.name) is outside the project folder \(project.path) "
                    + "(pass --allow-output-outside-project to write there)"
                )
            }
            var options = provider.options
            options.layout = layout
            return GenerationJob(
                name: provider.module ?? provider.name,
                specPath: directory.appendingPathComponent(provider.spec).path, specLabel: provider.spec,
                outputPath: outputPath, outputLabel: output, referenceScope: scope, options: options
            )
        }
        try Self.checkOutputsAreSeparate(jobs)
        return (jobs, templatesOption ?? configuration.templates.map { directory.appendingPathComponent($0) })
    }

    /// Two providers writing the same folder, or one inside the other, would replace each other's files.
    private static func checkOutputsAreSeparate(_ jobs: [GenerationJob]) throws {
        let folders = jobs.map { (job: $0, path: URL(fileURLWithPath: $0.outputPath).standardizedFileURL.path) }
        for (index, first) in folders.enumerated() {
            for second in folders[(index + 1)...] {
                let overlap = first.path == second.path || first.path.hasPrefix(second.path + "/")
                    || second.path.hasPrefix(first.path + "/")
                if overlap {
                    throw ValidationError(
                        "\(first.job.name) and \(second.job.name) write overlapping output folders "
                        + "('\(first.job.outputLabel)' and '\(second.job.outputLabel)'); give each its own folder"
                    )
                }
            }
        }
    }
}

struct GenerationJob {
    var name: String
    var specPath: String
    /// The spec's path as the project names it, for headers that are the same on every machine.
    var specLabel: String
    var outputPath: String
    var outputLabel: String
    /// The folders the spec's `$ref`s may read files from.
    var referenceScope: ReferenceScope
    var options: GenerationOptions
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
