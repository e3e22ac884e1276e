import FuzzSupport
import SpecwrightValidation

/// The ECMA-262 regex compiler and matcher: the input is a pattern, a NUL, and a subject. A pattern compiles
/// or throws a `SyntaxError`; matching always ends (backreferences run on a step budget).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRegex(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    checkRegex(UnsafeBufferPointer(start: data, count: count))
    return 0
}

func checkRegex(_ input: UnsafeBufferPointer<UInt8>) {
    let (patternBytes, subjectBytes) = splitAtFirstNUL(input)
    let pattern = String(decoding: patternBytes, as: UTF8.self)
    let syntaxIsValid = (try? ECMARegex.validateSyntax(pattern)) != nil
    guard let regex = try? ECMARegex(pattern) else { return }
    precondition(syntaxIsValid, "ECMARegex compiled a pattern validateSyntax rejects: \(pattern)")
    let subject = String(decoding: subjectBytes, as: UTF8.self)
    _ = regex.evaluate(subject)
    _ = regex.matches(subject)
}

@main enum Main {
    static func main() { FuzzDriver.main(fuzzRegex) }
}
