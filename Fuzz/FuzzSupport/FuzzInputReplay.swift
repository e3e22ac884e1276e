import Foundation

/// What a fuzz target's executable does when it is not linked with libFuzzer (a plain `swift build`):
/// runs the target once on each file named on the command line, so that a crash libFuzzer saved
/// (`crash-…`) can be replayed and debugged with `swift run FuzzJSONParser crash-…`.
public enum FuzzInputReplay {
    public static func run(_ target: (UnsafeBufferPointer<UInt8>) -> Void) {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: \(CommandLine.arguments[0]) FILE...\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            data.withUnsafeBytes { target($0.bindMemory(to: UInt8.self)) }
            print("\(path): ran without crashing (\(data.count) bytes)")
        }
    }
}

/// Splits one fuzz input in two at its first NUL byte (e.g. a schema and an instance, a pattern and a subject);
/// without a NUL, the second part is empty.
public func splitAtFirstNUL(_ input: UnsafeBufferPointer<UInt8>) -> (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) {
    guard let separator = input.firstIndex(of: 0) else {
        return (input, UnsafeBufferPointer(rebasing: input[input.endIndex...]))
    }
    return (UnsafeBufferPointer(rebasing: input[..<separator]), UnsafeBufferPointer(rebasing: input[(separator + 1)...]))
}
