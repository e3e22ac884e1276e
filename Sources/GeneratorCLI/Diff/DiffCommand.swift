import ArgumentParser
import Foundation
import SpecwrightDiff
import SpecwrightReader
import SpecwrightReports

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Reports the changes between two versions of a spec that break clients, services or generated Swift.",
        discussion: """
        OLD and NEW are files (YAML or JSON, multi-file specs too) or git:REV:path, a spec at a revision of \
        the current repository (e.g. git:origin/main:specs/upvest.yaml). Breaking changes are reported as \
        errors, warnings as warnings, the rest as notes. Ignores come from the configuration's `diff:` section. \
        Exit status: 0 when nothing at or above --fail-on was found, 1 when something was, 2 when a spec cannot \
        be read (or a usage or configuration error). Docs/diff.md describes every check.
        """
    )

    enum FailureLevel: String, ExpressibleByArgument, CaseIterable {
        case breaking, warning

        var level: ChangeLevel { self == .breaking ? .breaking : .warning }
    }

    @Option(help: "The project configuration (its `diff:` section, if any, lists accepted changes).")
    var config = "generator.yaml"

    @OptionGroup var reportOptions: ReportOptions

    @Option(name: .customLong("fail-on"), help: "The lowest level that fails the run: breaking or warning.")
    var failOn: FailureLevel = .breaking

    @Flag(help: "Print the checks (ID, level, oasdiff counterpart) and exit.")
    var listChecks = false

    @Argument(help: "The old spec: a file or git:REV:path.")
    var old: String?

    @Argument(help: "The new spec: a file or git:REV:path.")
    var new: String?

    func validate() throws {
        if !listChecks && (old == nil || new == nil) {
            throw ValidationError("expected OLD and NEW (files or git:REV:path)")
        }
    }

    func run() throws {
        if listChecks {
            for check in CheckCatalog.all {
                let counterpart = check.oasdiffIDs.isEmpty ? "" : " (oasdiff: \(check.oasdiffIDs.joined(separator: ", ")))"
                print("\(check.id) [\(check.level.rawValue)]: \(check.summary)\(counterpart)")
            }
            return
        }
        guard let old, let new else { return }
        let settings = try loadSettings()
        let oldSource = try SpecSource(argument: old)
        let newSource = try SpecSource(argument: new)
        let (oldOutcome, newOutcome) = concurrently({ try LoadedSide(oldSource) }, { try LoadedSide(newSource) })
        defer {
            (try? oldOutcome.get())?.checkout?.remove()
            (try? newOutcome.get())?.checkout?.remove()
        }
        guard case .success(let oldSide) = oldOutcome, case .success(let newSide) = newOutcome else {
            // Say what is wrong with each side that cannot be read, then stop.
            for case .failure(let error) in [oldOutcome.map { _ in () }, newOutcome.map { _ in () }] {
                guard error is SpecError || error is SpecSourceError else { throw error }
                printError("\(error)")
            }
            throw ExitCode(2)
        }
        let changes = SpecDiffer.compare(oldSide.side, newSide.side)
            .filter { !settings.isIgnored($0) }
            .map { oldSide.shownInWorkingTree($0, side: \.old) }
            .map { newSide.shownInWorkingTree($0, side: \.new) }
        let report = DiffReport.make(changes, oldRevision: oldSource.revision,
                                     baseDirectory: FileManager.default.currentDirectoryPath)
        try reportOptions.write(report)
        printError(summary(of: changes))
        if changes.contains(where: { $0.level >= failOn.level }) { throw ExitCode.failure }
    }

    private func loadSettings() throws -> DiffSettings {
        let url = URL(fileURLWithPath: config)
        guard FileManager.default.fileExists(atPath: url.path) else { return DiffSettings() }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read \(url.path): \(error.localizedDescription)")
        }
        return try DiffConfiguration.settings(fromConfiguration: text, file: config)
    }

    private func summary(of changes: [Change]) -> String {
        let counts = ChangeLevel.allCases.reversed().map { level in "\(changes.count { $0.level == level }) \(level.rawValue)" }
        let swift = changes.count { $0.area == .swift }
        return "diff: \(counts.joined(separator: ", ")) (\(changes.count - swift) on the wire, \(swift) in Swift)"
    }
}

/// One side read: from its file, or from a temporary copy of its revision.
private struct LoadedSide: Sendable {
    let side: DiffSide
    let checkout: RevisionCheckout?

    init(_ source: SpecSource) throws {
        switch source {
        case .file(let path):
            guard FileManager.default.fileExists(atPath: path) else {
                throw SpecSourceError("\(path): no such file")
            }
            side = try DiffSide.load(fileAt: path)
            checkout = nil
        case .revision(let rev, let path):
            let checkout = try RevisionCheckout(rev: rev, path: path)
            do {
                side = try Self.load(checkout)
            } catch {
                checkout.remove()
                throw error
            }
            self.checkout = checkout
        }
    }

    /// The spec's folder first; the whole tree when its `$ref`s lead outside that folder.
    private static func load(_ checkout: RevisionCheckout) throws -> DiffSide {
        do {
            return try DiffSide.load(fileAt: checkout.specPath)
        } catch let error as SpecError {
            guard error.description.contains("no such file") else {
                throw SpecSourceError(located: checkout.revisionMessage(error.description))
            }
        }
        try checkout.extractRepository()
        do {
            return try DiffSide.load(fileAt: checkout.specPath)
        } catch let error as SpecError {
            throw SpecSourceError(located: checkout.revisionMessage(error.description))
        }
    }

    /// The change with this side's places shown as the working tree's files.
    func shownInWorkingTree(_ change: Change, side: WritableKeyPath<Change, ChangeLocation>) -> Change {
        guard let checkout else { return change }
        var change = change
        change[keyPath: side].file = checkout.workingTreePath(change[keyPath: side].file)
        return change
    }
}

private extension RevisionCheckout {
    /// A reader's message with the temporary copy's paths shown as `git:REV:path`.
    func revisionMessage(_ message: String) -> String {
        message.replacingOccurrences(of: root.path + "/", with: "git:\(rev):")
    }
}
