import ArgumentParser

@main
struct GeneratorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generator",
        abstract: "Turns OpenAPI specs into typed, validated Swift.",
        subcommands: [GenerateCommand.self],
        defaultSubcommand: nil
    )
}
