import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-code [generate options]`: regenerates the
/// committed output folders of every provider in the package's generator.yaml, in place, as
/// `generator generate` does (a failed run changes nothing).
@main
struct SpecwrightCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let package = context.package.directoryURL
        let configuration = package.appending(path: "generator.yaml")
        guard FileManager.default.fileExists(atPath: configuration.path) else {
            throw PluginFailure("\(package.path) has no generator.yaml (write a commented one with `swift run generator init`)")
        }
        let process = Process()
        process.executableURL = try context.tool(named: "GeneratorCLI").url
        process.arguments = ["generate", "--config", configuration.path] + arguments
        process.currentDirectoryURL = package
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PluginFailure("generator generate failed (status \(process.terminationStatus)); see the messages above")
        }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
