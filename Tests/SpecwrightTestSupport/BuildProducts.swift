import Foundation

/// Runs an executable and returns its exit status and its standard output and error together.
public func runProcess(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// The module and object files of `SpecwrightValidation` in the build that runs these tests.
public struct BuildProducts {
    public let modules: String
    public let validationObjects: [String]

    public static func locate() -> BuildProducts? {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let modules = directory.appendingPathComponent("Modules")
        let objects = directory.appendingPathComponent("SpecwrightValidation.build")
        let objectFiles = (try? FileManager.default.contentsOfDirectory(atPath: objects.path))?
            .filter { $0.hasSuffix(".o") }.map { objects.appendingPathComponent($0).path } ?? []
        guard FileManager.default.fileExists(atPath: modules.appendingPathComponent("SpecwrightValidation.swiftmodule").path),
              !objectFiles.isEmpty
        else {
            print("skipped: no SpecwrightValidation module and objects beside \(directory.path)")
            return nil
        }
        return BuildProducts(modules: modules.path, validationObjects: objectFiles)
    }
}
