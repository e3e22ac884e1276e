import ArgumentParser
import Foundation

/// `generator init`: writes a commented starting configuration, never over an existing file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Writes a commented generator.yaml (or, with --plugin, a specwright.yaml for the build-tool plugin)."
    )

    @Option(help: "The file to write (default generator.yaml, or specwright.yaml with --plugin).")
    var output: String?

    @Flag(help: "Write the configuration of a target that the build-tool plugin generates code for.")
    var plugin = false

    func run() throws {
        let path = output ?? (plugin ? "specwright.yaml" : "generator.yaml")
        let text = plugin ? StarterConfiguration.plugin : StarterConfiguration.project
        guard !FileManager.default.fileExists(atPath: path) else {
            printError("error: \(path) already exists; remove it or pass --output to write elsewhere")
            throw ExitCode(2)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            printError("error: cannot write \(path): \(GenerateCommand.message(for: error))")
            throw ExitCode(2)
        }
        print("wrote \(path)")
    }
}
