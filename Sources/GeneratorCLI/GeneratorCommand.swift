import ArgumentParser
import Foundation

@main
struct GeneratorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generator",
        abstract: "Turns OpenAPI specs into typed, validated Swift.",
        subcommands: [GenerateCommand.self, ValidateCommand.self, LintCommand.self, DiffCommand.self, InitCommand.self]
    )

    /// Exit statuses: 0 success, 1 invalid payloads (`validate`), 2 any other error (usage, spec, schema, output).
    /// (ArgumentParser's own default for usage errors is 64; scripts expect 2.)
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
