import FuzzSupport
import SpecwrightValidation

/// IBAN, BIC and country parsing on any text: each accepts or rejects, and what it accepts it reads again
/// the same way from its own output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDomain(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    checkDomain(UnsafeBufferPointer(start: data, count: count))
    return 0
}

func checkDomain(_ input: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: input, as: UTF8.self)
    if let iban = try? IBAN(text) {
        precondition((try? IBAN(iban.electronicFormat)) == iban, "IBAN does not read its electronic format back: \(text)")
    }
    _ = IBAN.validate(text, strictNationalChecks: true)
    if let bic = try? BIC(text) {
        precondition((try? BIC(bic.rawValue)) == bic, "BIC does not read its own text back: \(text)")
    }
    if let country = Country(anyOf: text) {
        precondition(Country(alpha2: country.alpha2) == country, "country does not read its alpha-2 back: \(text)")
    }
    for format in ["iban", "bic", "country", "date-time", "date", "email", "hostname", "uri", "regex", "ipv6"] {
        _ = FormatRegistry.isValid(text, format: format)
    }
}

@main enum Main {
    static func main() { FuzzDriver.main(fuzzDomain) }
}
