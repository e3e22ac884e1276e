import ArgumentParser
import Foundation
import SpecwrightReports

/// `--format` and `--output`, as every command that writes a report of findings reads them.
struct ReportOptions: ParsableArguments {
    @Option(help: "How to write the report: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    /// Writes `report` in the chosen format to the chosen place.
    func write(_ report: Report) throws {
        let text = format.write(report)
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ValidationError("cannot write \(output): \(error.localizedDescription)")
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
