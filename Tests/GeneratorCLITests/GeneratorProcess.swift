import Foundation

/// Runs the built `generator` executable, the way a user or CI does.
struct GeneratorProcess {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// SwiftPM builds the executable next to the test bundle (`.build/<configuration>/generator`).
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("generator")
    }

    static func run(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> Result {
        try start(arguments, inputBytes: input.map { Data($0.utf8) }, in: directory).finish()
    }

    /// Runs the generator with `inputBytes` (which need not be UTF-8) on its standard input.
    static func run(_ arguments: [String], inputBytes input: Data?, in directory: URL? = nil) throws -> Result {
        try start(arguments, inputBytes: input, in: directory).finish()
    }

    /// A started run, so that tests can run several at once.
    struct Running {
        let process: Process
        let output: Pipe
        let error: Pipe

        func finish() -> Result {
            // Read before waiting so that a full pipe cannot block the child.
            let outputData = output.fileHandleForReading.readDataToEndOfFile()
            let errorData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                standardOutput: String(decoding: outputData, as: UTF8.self),
                standardError: String(decoding: errorData, as: UTF8.self)
            )
        }
    }

    static func start(_ arguments: [String], input: String? = nil, in directory: URL? = nil) throws -> Running {
        try start(arguments, inputBytes: input.map { Data($0.utf8) }, in: directory)
    }

    static func start(_ arguments: [String], inputBytes input: Data?, in directory: URL? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        return Running(process: process, output: output, error: error)
    }

    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("specwright-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
