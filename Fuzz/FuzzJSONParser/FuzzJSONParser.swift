import FuzzSupport
import SpecwrightValidation

/// The payload parser: any bytes either parse or throw `JSONParseError`; a parsed value prints back to JSON
/// that parses to an equal value.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONParser(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    checkJSONParser(UnsafeBufferPointer(start: data, count: count))
    return 0
}

func checkJSONParser(_ input: UnsafeBufferPointer<UInt8>) {
    guard let value = try? JSONValue(parsing: input) else { return }
    let printed = value.description
    guard let reparsed = try? JSONValue(parsing: printed) else { fatalError("printed JSON does not parse: \(printed)") }
    precondition(reparsed == value, "printing and parsing again changed the value: \(printed)")
    precondition(reparsed.hashValue == value.hashValue, "equal values hash differently: \(printed)")
}

@main enum Main {
    static func main() { FuzzDriver.main(fuzzJSONParser) }
}
