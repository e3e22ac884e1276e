import ArgumentParser
import Foundation
import SpecwrightGenerator
import SpecwrightModel
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

    @Flag(help: "Do not print warnings about the specs.")
    var quiet = false

    func validate() throws {
        if spec == nil, output != nil || module != nil {
            throw ValidationError("--output and --module go with --spec")
        }
        if spec != nil, output == nil {
            throw ValidationError("--spec needs --output")
        }
    }

    func run() throws {
        do {
            try generate()
        } catch let error as SpecError {
            // Already `file:line:column: error: message`, the form editors jump to.
            printError(error.description)
            throw ExitCode(2)
        } catch let error as GeneratorError {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }

    private func generate() throws {
        let (jobs, templateOverrides) = try plan()
        let renderer = SwiftRenderer(templates: try TemplateSet(overrides: templateOverrides))

        // Build everything in memory first: a failure in any provider leaves every output folder untouched.
        var outputs: [(job: GenerationJob, files: [GeneratedFile])] = []
        for job in jobs {
            let spec = try Spec.load(fileAt: job.specPath)
            let model = try ModelBuilder.build(spec)
            if !quiet {
                for diagnostic in model.diagnostics { printError(diagnostic.description) }
            }
            outputs.append((job, try renderer.render(model, specLabel: job.specLabel, moduleName: job.name)))
        }
        for (job, files) in outputs {
            try OutputDirectory.replace(URL(fileURLWithPath: job.outputPath), with: files)
            print("\(job.name): \(files.count) files in \(job.outputLabel)")
        }
    }

    /// What to generate, and the template folder that overrides the defaults (`--templates`, else the
    /// configuration's `templates`).
    private func plan() throws -> (jobs: [GenerationJob], templateOverrides: URL?) {
        let templatesOption = templates.map { URL(fileURLWithPath: $0) }
        if let spec, let output {
            let job = GenerationJob(
                name: module ?? URL(fileURLWithPath: output).lastPathComponent, specPath: spec, specLabel: spec,
                outputPath: output, outputLabel: output
            )
            return ([job], templatesOption)
        }
        let (configuration, directory) = try ProjectConfiguration.load(from: URL(fileURLWithPath: config))
        let jobs = configuration.providers.map { provider in
            let output = provider.output ?? "Generated/\(provider.name)"
            return GenerationJob(
                name: provider.module ?? provider.name,
                specPath: directory.appendingPathComponent(provider.spec).path, specLabel: provider.spec,
                outputPath: directory.appendingPathComponent(output).path, outputLabel: output
            )
        }
        return (jobs, templatesOption ?? configuration.templates.map { directory.appendingPathComponent($0) })
    }
}

struct GenerationJob {
    var name: String
    var specPath: String
    /// The spec's path as the project names it, for headers that are the same on every machine.
    var specLabel: String
    var outputPath: String
    var outputLabel: String
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
