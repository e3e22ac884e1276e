import FuzzSupport
import SpecwrightModel
import SpecwrightReader

/// The YAML/JSON reader and the model builder: any bytes give a model or a `SpecError`, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecReader(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    checkSpecReader(UnsafeBufferPointer(start: data, count: count))
    return 0
}

func checkSpecReader(_ input: UnsafeBufferPointer<UInt8>) {
    // A spec is text: the reader sees the bytes as the loader would, with a `.yaml` name so that JSON
    // syntax errors fall back to YAML and both readers are exercised.
    let text = String(decoding: input, as: UTF8.self)
    guard let spec = try? Spec.load(text: text, path: "/fuzz/spec.yaml") else { return }
    _ = try? ModelBuilder.build(spec)
}

@main enum Main {
    static func main() { FuzzDriver.main(fuzzSpecReader) }
}
