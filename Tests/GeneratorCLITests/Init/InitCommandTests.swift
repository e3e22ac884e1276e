import Foundation
@testable import GeneratorCLI
import SpecwrightGenerator
import Testing

struct InitCommandTests {
    @Test func theStartingProjectConfigurationLoadsAndSaysEveryKey() throws {
        let path = try GenerationSettingsTests.file(StarterConfiguration.project, named: "generator.yaml")
        let configuration = try ProjectConfiguration.load(from: URL(fileURLWithPath: path)).configuration
        #expect(configuration.providers.map(\.name) == ["Acme"])
        #expect(configuration.providers[0].options == GenerationOptions())
        for key in ProjectConfiguration.keys + ProjectConfiguration.providerKeys where key != "lint" && key != "diff" {
            #expect(StarterConfiguration.project.contains("\(key):"), "the starting configuration does not mention \(key)")
        }
    }

    @Test func theStartingPluginConfigurationLoadsWithTheDefaults() throws {
        let path = try GenerationSettingsTests.file(StarterConfiguration.plugin, named: "specwright.yaml")
        #expect(try GenerationSettings.load(pluginConfigurationAt: path) == GenerationOptions())
        for key in GenerationSettings.keys {
            #expect(StarterConfiguration.plugin.contains("\(key):"), "the starting plugin configuration does not mention \(key)")
        }
    }

    @Test func initWritesAConfigurationThatGeneratesAndNeverOverwrites() throws {
        let scratch = try GeneratorProcess.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let written = try GeneratorProcess.run(["init"], in: scratch)
        #expect(written.status == 0, "\(written.standardError)")
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try Data(GenerateCommandTests.spec.utf8).write(to: scratch.appendingPathComponent("specs/acme.yaml"))
        let generated = try GeneratorProcess.run(["generate"], in: scratch)
        #expect(generated.status == 0, "\(generated.standardError)")
        #expect(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("Generated/Acme/Account.swift").path))

        let again = try GeneratorProcess.run(["init"], in: scratch)
        #expect(again.status == 2)
        #expect(again.standardError.contains("generator.yaml already exists"), "\(again.standardError)")
    }
}
