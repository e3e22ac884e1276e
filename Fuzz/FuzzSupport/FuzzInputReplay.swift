import Foundation

/// The entry point of libFuzzer's driver, linked in by `-sanitize=fuzzer` (SwiftPM's own `main` wins over
/// libFuzzer's, so the driver is started from there).
@_silgen_name("LLVMFuzzerRunDriver")
private func runLibFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// What a fuzz target's `main` runs: libFuzzer in a fuzzing build (`scripts/fuzz.sh`, `-DFUZZING`); otherwise
/// each file named on the command line once, so that a crash libFuzzer saved (`crash-…`) can be replayed and
/// debugged with `swift run FuzzJSONParser crash-…`.
public enum FuzzDriver {
    public static func main(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = Optional(CommandLine.unsafeArgv)
        exit(runLibFuzzerDriver(&argc, &argv, testOneInput))
        #else
        replay { input in _ = testOneInput(input.baseAddress ?? UnsafePointer(bitPattern: 1), input.count) }
        exit(0)
        #endif
    }

    private static func replay(_ target: (UnsafeBufferPointer<UInt8>) -> Void) {
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
