import Foundation
import SpecwrightTestSupport
import Testing

@Suite struct LintCommandTests {
    static let clean = """
    openapi: 3.1.0
    info: {title: Accounts, version: "2"}
    servers: [{url: "https://api.acme.com"}]
    paths:
      /accounts/{accountId}:
        get:
          operationId: getAccount
          parameters: [{name: accountId, in: path, required: true, schema: {type: string}}]
          responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Account"}}}}}
    components:
      schemas:
        Account: {type: object, properties: {iban: {type: string, format: iban, example: DE89370400440532013000}}}
    """

    static let withDefects = clean
        .replacingOccurrences(of: "DE89370400440532013000", with: "DE00370400440532013000")
        .replacingOccurrences(of: "format: iban,", with: "format: iban, pattern: \"^[A-Z]{2}\", maxLength: 34, minLength: 40,")

    func scratch(_ files: [String: String]) throws -> URL {
        let directory = try GeneratorProcess.scratchDirectory()
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    @Test func aCleanSpecExitsZeroAndPrintsOnlyTheSummary() throws {
        let directory = try scratch(["spec.yaml": Self.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try GeneratorProcess.run(["lint", "spec.yaml"], in: directory)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "lint: 0 errors, 0 warnings, 0 notes in 1 spec\n")
    }

    @Test func errorsExitOneWithCompilerStyleLines() throws {
        let directory = try scratch(["spec.yaml": Self.withDefects])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try GeneratorProcess.run(["lint", "spec.yaml"], in: directory)
        #expect(result.status == 1)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first == "spec.yaml:12:125: error: minLength 40 is greater than maxLength 34 [schema-bounds-satisfiable]")
        #expect(lines.last?.hasPrefix("spec.yaml:12:138: error: example does not match its schema:") == true, "\(lines)")
        #expect(lines.last?.hasSuffix("[schema-example-valid]") == true)
    }

    @Test func failOnWarningFailsOnWarnings() throws {
        let directory = try scratch(["spec.yaml": Self.clean.replacingOccurrences(of: "format: iban,", with: "format: ibann,")])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try GeneratorProcess.run(["lint", "spec.yaml"], in: directory).status == 0)
        let strict = try GeneratorProcess.run(["lint", "spec.yaml", "--fail-on", "warning"], in: directory)
        #expect(strict.status == 1)
        #expect(strict.standardOutput.contains("warning: format `ibann` is not known, so nothing checks it [format-known]"))
    }

    @Test func anUnreadableSpecExitsTwoWithItsLocation() throws {
        let directory = try scratch(["spec.yaml": "openapi: 3.1.0\ninfo: {title: T, version: \"1\"}\npaths:\n  /a: {get: [}\n", "other.yaml": Self.clean])
        defer { try? FileManager.default.removeItem(at: directory) }
        // The readable spec is still linted; the run exits 2 for the one that cannot be read.
        let result = try GeneratorProcess.run(["lint", "spec.yaml", "other.yaml"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix("spec.yaml:4:14: error: did not find expected node content"), "\(result.standardError)")
        #expect(result.standardError.hasSuffix("lint: 0 errors, 0 warnings, 0 notes in 2 specs\n"))
    }

    @Test func sarifGoesToTheOutputFile() throws {
        let directory = try scratch(["spec.yaml": Self.withDefects])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try GeneratorProcess.run(["lint", "spec.yaml", "--format", "sarif", "--output", "lint.sarif"], in: directory)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        let data = try Data(contentsOf: directory.appendingPathComponent("lint.sarif"))
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]
        #expect(results?.map { $0["ruleId"] as? String } == ["schema-bounds-satisfiable", "schema-example-valid"])
    }

    @Test func githubAnnotations() throws {
        let directory = try scratch(["spec.yaml": Self.withDefects])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try GeneratorProcess.run(["lint", "spec.yaml", "--format", "github"], in: directory)
        #expect(result.standardOutput.hasPrefix("::error file=spec.yaml,line=12,col=125,title=schema-bounds-satisfiable::minLength 40"))
    }

    @Test func theConfigurationSetsLevelsIgnoresAndFormats() throws {
        let configuration = """
        providers:
          - {name: Accounts, spec: spec.yaml}
        lint:
          formats: [ibann]
          rules:
            schema-bounds-satisfiable: warning   # the provider documents the length this way
          ignore:
            - spec: spec.yaml
              rule: schema-example-valid
              pointer: /components/schemas/*/properties/**
        """
        let spec = Self.withDefects.replacingOccurrences(of: "format: iban,", with: "format: ibann,")
        let directory = try scratch(["spec.yaml": spec, "generator.yaml": configuration])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try GeneratorProcess.run(["lint"], in: directory)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput == "spec.yaml:12:126: warning: minLength 40 is greater than maxLength 34 [schema-bounds-satisfiable]\n")
    }

    @Test(arguments: [
        ("lint:\n  rules:\n    operation-operationid-unique: off\n", "generator.yaml:5:5: error: unknown rule `operation-operationid-unique`; did you mean `operation-operationId-unique`?"),
        ("lint:\n  rulez: {}\n", "generator.yaml:4:3: error: unknown key `rulez` in `lint`; expected formats, rules, ignore"),
        ("lint:\n  rules: {format-known: loud}\n", "generator.yaml:4:25: error: unknown level `loud` for `format-known`"),
        ("lint:\n  ignore:\n    - {rule: format-known, path: /a}\n", "generator.yaml:5:28: error: unknown key `path` in an ignore"),
    ])
    func configurationMistakesNameTheirLine(section: String, message: String) throws {
        let configuration = "providers:\n  - {name: Accounts, spec: spec.yaml}\n" + section
        let directory = try scratch(["spec.yaml": Self.clean, "generator.yaml": configuration])
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try GeneratorProcess.run(["lint"], in: directory)
        #expect(result.status == 2)
        #expect(result.standardError.hasPrefix(directory.appendingPathComponent(message).path), "\(result.standardError)")
        #expect(!result.standardError.contains("Usage:"))
    }

    /// What `.ci/run` runs: the five provider specs lint clean at error level with the project's configuration.
    @Test func theProviderSpecsLintClean() throws {
        let result = try GeneratorProcess.run(["lint"], in: TestPaths.repositoryRoot)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardError.contains("0 errors"))
    }
}
