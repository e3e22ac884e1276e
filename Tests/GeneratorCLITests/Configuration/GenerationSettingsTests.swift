import ArgumentParser
import Foundation
@testable import GeneratorCLI
import SpecwrightGenerator
import Testing

/// The generation keys, read from generator.yaml (per provider) and from a plugin's specwright.yaml.
struct GenerationSettingsTests {
    static let keys = """
    accessModifier: package
    additionalImports: [AcmeShared, Foundation.NSData]
    nameOverrides:
      schemas: {CustomerDTO: Customer}
      operations: {post_customers: CreateCustomer}
    filter:
      tags: [Customers]
      paths: ['/customers/{customerId}']
      operationIds: [getCustomer]
    emit: [types, client]
    hashable: true
    """

    static let expected = GenerationOptions(
        accessModifier: .package,
        additionalImports: ["AcmeShared", "Foundation.NSData"],
        nameOverrides: .init(schemas: ["CustomerDTO": "Customer"], operations: ["post_customers": "CreateCustomer"]),
        filter: OperationFilter(tags: ["Customers"], paths: ["/customers/{customerId}"], operationIDs: ["getCustomer"]),
        emit: [.types, .client],
        valueConformance: .hashable
    )

    /// Writes `text` to a scratch file and returns its path.
    static func file(_ text: String, named name: String) throws -> String {
        let folder = try GeneratorProcess.scratchDirectory()
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static func project(providerKeys: String) -> String {
        """
        providers:
          - name: Acme
            spec: specs/acme.yaml
        \(providerKeys.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// The message of the error `body` throws.
    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch let error as ValidationError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    @Test func everyKeyIsReadFromAProvider() throws {
        let path = try Self.file(Self.project(providerKeys: Self.keys), named: "generator.yaml")
        let provider = try #require(try ProjectConfiguration.load(from: URL(fileURLWithPath: path)).configuration.providers.first)
        #expect(provider.options == Self.expected)
    }

    @Test func everyKeyIsReadFromAPluginConfiguration() throws {
        let path = try Self.file(Self.keys, named: "specwright.yaml")
        #expect(try GenerationSettings.load(pluginConfigurationAt: path) == Self.expected)
    }

    @Test(arguments: AccessModifier.allCases)
    func everyAccessModifierIsAccepted(_ modifier: AccessModifier) throws {
        let path = try Self.file("accessModifier: \(modifier.rawValue)\n", named: "specwright.yaml")
        #expect(try GenerationSettings.load(pluginConfigurationAt: path).accessModifier == modifier)
    }

    @Test func anEmptyPluginConfigurationMeansTheDefaults() throws {
        let path = try Self.file("", named: "specwright.yaml")
        #expect(try GenerationSettings.load(pluginConfigurationAt: path) == GenerationOptions())
    }

    /// (the provider's keys, the line and column of the mistake in generator.yaml, what the message says)
    static let providerMistakes: [(String, String, String)] = [
        ("acessModifier: package", "4:5", "unknown key `acessModifier` in a provider"),
        ("accessModifier: private", "4:21", "unknown access modifier `private` in provider Acme; expected public, package or internal"),
        ("emit: [types, docs]", "4:19", "unknown category `docs` in `emit`"),
        ("emit: [validators]", "2:5", "provider Acme: emit: validators needs types"),
        ("filter: {tag: [Customers]}", "4:14", "unknown key `tag` in `filter`; expected one of tags, paths, operationIds"),
        ("nameOverrides: {schema: {A: B}}", "4:21", "unknown key `schema` in `nameOverrides`"),
        ("nameOverrides: {schemas: {Address: class}}", "2:5", "nameOverrides.schemas.Address: 'class' is not a Swift type name"),
        ("additionalImports: AcmeShared", "4:24", "`additionalImports` must be a list"),
        ("additionalImports: ['Acme Shared']", "2:5", "additionalImports: 'Acme Shared' is not a module name"),
        ("hashable: yes", "4:15", "expected `hashable` to be true or false, found `yes`"),
    ]

    @Test(arguments: providerMistakes)
    func aMistakeInAProviderNamesTheFileLineAndKey(_ keys: String, _ place: String, _ expected: String) throws {
        let path = try Self.file(Self.project(providerKeys: keys), named: "generator.yaml")
        let message = Self.message { _ = try ProjectConfiguration.load(from: URL(fileURLWithPath: path)) }
        #expect(message.hasPrefix("\(path):\(place): error: "), "\(message)")
        #expect(message.contains(expected), "\(message)")
    }

    @Test func anUnknownTopLevelKeyNamesTheFileLineAndKey() throws {
        let path = try Self.file("templates: T\nprovider: []\n", named: "generator.yaml")
        let message = Self.message { _ = try ProjectConfiguration.load(from: URL(fileURLWithPath: path)) }
        #expect(message.hasPrefix("\(path):2:1: error: unknown key `provider` in the configuration"), "\(message)")
    }

    @Test func anUnknownKeyInAPluginConfigurationNamesTheFileLineAndKey() throws {
        let path = try Self.file("accessModifier: internal\nemits: [types]\n", named: "specwright.yaml")
        let message = Self.message { _ = try GenerationSettings.load(pluginConfigurationAt: path) }
        #expect(message.hasPrefix("\(path):2:1: error: unknown key `emits` in the configuration"), "\(message)")
        // A provider's own keys do not belong in a plugin's configuration: its target names the module.
        let module = try Self.file("module: Acme\n", named: "specwright.yaml")
        #expect(Self.message { _ = try GenerationSettings.load(pluginConfigurationAt: module) }.contains("unknown key `module`"))
    }

    @Test func theLintAndDiffSectionsAreKnownKeys() throws {
        let path = try Self.file(Self.project(providerKeys: "") + "lint:\n  rules: {format-known: off}\ndiff:\n  ignore: [{check: enum-value-added}]\n", named: "generator.yaml")
        #expect(try ProjectConfiguration.load(from: URL(fileURLWithPath: path)).configuration.providers.count == 1)
    }
}
