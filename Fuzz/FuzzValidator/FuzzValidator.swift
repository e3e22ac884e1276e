import FuzzSupport
import SpecwrightJSONSchema
import SpecwrightValidation

/// The dynamic validator: the input is a schema, a NUL, and an instance. A schema compiles or throws; every
/// instance validates, and `isValid` agrees with whether `validate` finds issues.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidator(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    checkValidator(UnsafeBufferPointer(start: data, count: count))
    return 0
}

func checkValidator(_ input: UnsafeBufferPointer<UInt8>) {
    let (schemaBytes, instanceBytes) = splitAtFirstNUL(input)
    guard let schema = try? JSONValue(parsing: schemaBytes),
          let instance = try? JSONValue(parsing: instanceBytes) else { return }
    for options in [JSONSchemaValidator.Options(), .init(assertFormats: true)] {
        // Remote references are not fetched: the resolver knows no documents.
        guard let validator = try? JSONSchemaValidator(schema: schema, options: options) else { continue }
        let issues = validator.validate(instance)
        precondition(validator.isValid(instance) == issues.isEmpty, "isValid and validate disagree")
    }
}

@main enum Main {
    static func main() { FuzzDriver.main(fuzzValidator) }
}
