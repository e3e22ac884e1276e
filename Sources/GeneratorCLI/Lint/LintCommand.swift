import ArgumentParser
import Foundation
import SpecwrightLint
import SpecwrightModel
import SpecwrightReader
import SpecwrightReports

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Checks specs for defects: structure, examples, schemas, state machines, Swift names.",
        discussion: """
        With no SPEC, lints every spec in generator.yaml. Levels, ignores and custom formats come from the \
        configuration's `lint:` section. Exit status: 0 when nothing at or above --fail-on was found, 1 when \
        something was, 2 when a spec cannot be read (or a usage or configuration error). \
        Docs/lint-rules.md describes every rule.
        """
    )

    enum FailureLevel: String, ExpressibleByArgument, CaseIterable {
        case error, warning

        var level: FindingLevel { self == .error ? .error : .warning }
    }

    @Option(help: "The project configuration (its `lint:` section applies to every spec).")
    var config = "generator.yaml"

    @OptionGroup var reportOptions: ReportOptions

    @Option(name: .customLong("fail-on"), help: "The lowest level that fails the run: error or warning.")
    var failOn: FailureLevel = .error

    @Flag(help: "Print the rules (ID, level, description) and exit.")
    var listRules = false

    @Flag(help: "Print how long reading, the model and each rule took, to standard error.")
    var timings = false

    @Flag(help: "Print the rule catalogue (Docs/lint-rules.md) and exit.")
    var catalogue = false

    @Argument(help: "Specs to lint (YAML or JSON); default: every spec in the configuration.")
    var specs: [String] = []

    func run() throws {
        if listRules {
            for description in RuleCatalog.descriptions {
                print("\(description.id) [\(description.defaultLevel.rawValue)]: \(description.shortDescription)")
            }
            return
        }
        if catalogue {
            print(RuleCatalogDocument.markdown(), terminator: "")
            return
        }
        let paths: [String]
        let settings: LintSettings
        do {
            (paths, settings) = try plan()
        } catch let error as ValidationError {
            // A configuration mistake is already `file:line:column: error: ...`; no usage text after it.
            printError(error.message.contains(": error: ") ? error.message : "error: \(error.message)")
            throw ExitCode(2)
        }
        let linter = Linter(settings: settings)
        var findings: [Finding] = []
        var unreadable = 0
        for path in paths {
            do {
                let clock = ContinuousClock()
                let start = clock.now
                let spec = try Spec.load(fileAt: path)
                let read = clock.now
                let model = try ModelBuilder.build(spec)
                let built = clock.now
                var ruleTimings: [(rule: String, duration: Duration)] = []
                findings += linter.lint(spec, model: model, timings: &ruleTimings)
                if timings {
                    printError("\(path): read \(read - start), model \(built - read), rules \(clock.now - built)")
                    for (rule, duration) in ruleTimings.sorted(by: { $0.duration > $1.duration }).prefix(10) {
                        printError("  \(rule): \(duration)")
                    }
                }
            } catch let error as SpecError {
                printError(describe(error, relativeTo: FileManager.default.currentDirectoryPath))
                unreadable += 1
            }
        }
        let report = Report(
            tool: Report.Tool(name: "specwright-lint", version: Self.version),
            rules: RuleCatalog.descriptions,
            findings: findings,
            baseDirectory: FileManager.default.currentDirectoryPath
        )
        try reportOptions.write(report)
        printError(summary(of: report, specCount: paths.count))
        if unreadable > 0 { throw ExitCode(2) }
        if report.findings.contains(where: { $0.level >= failOn.level }) { throw ExitCode.failure }
    }

    static let version = "0.1.0"

    /// The specs to lint and the settings: the arguments, or every provider of the configuration.
    private func plan() throws -> (paths: [String], settings: LintSettings) {
        let configurationURL = URL(fileURLWithPath: config)
        let hasConfiguration = FileManager.default.fileExists(atPath: configurationURL.path)
        if !specs.isEmpty {
            let settings = hasConfiguration ? try ProjectConfiguration.load(from: configurationURL).configuration.lint : LintSettings()
            return (specs, settings)
        }
        guard hasConfiguration else {
            throw ValidationError("no SPEC given and no \(config) to take the specs from")
        }
        let (configuration, directory) = try ProjectConfiguration.load(from: configurationURL)
        return (configuration.providers.map { directory.appendingPathComponent($0.spec).path }, configuration.lint)
    }

    /// The error as `file:line:column: error: message`, the path relative to `directory` like the report's.
    private func describe(_ error: SpecError, relativeTo directory: String) -> String {
        guard let location = error.location else { return error.description }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let file = location.file.hasPrefix(prefix) ? String(location.file.dropFirst(prefix.count)) : location.file
        return "\(file):\(location.line):\(location.column): error: \(error.message)"
    }

    private func summary(of report: Report, specCount: Int) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return "lint: \(counted(report.count(of: .error), "error")), \(counted(report.count(of: .warning), "warning")), "
            + "\(counted(report.count(of: .note), "note")) in \(counted(specCount, "spec"))"
    }
}
