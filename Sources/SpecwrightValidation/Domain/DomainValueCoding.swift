/// What the validation errors of IBAN, BIC and Stellar account IDs have in common.
public protocol DomainValidationError: Error {
    /// A stable, machine-readable code such as `iban.checkDigits`.
    var code: ValidationIssue.Code { get }
    /// A sentence for people.
    var message: String { get }
}

extension IBAN.ValidationError: DomainValidationError {}
extension BIC.ValidationError: DomainValidationError {}
extension StellarAccountID.ValidationError: DomainValidationError {}

/// Domain values travel as their string form; decoding validates it, so that an invalid IBAN in a payload is
/// a `DecodingError` naming the reason, not a value that fails later.
enum DomainValueCoding {
    static func decode<Value, Failure: DomainValidationError>(
        from decoder: any Decoder, parse: (String) throws(Failure) -> Value
    ) throws -> Value {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        do {
            return try parse(string)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    static func encode(_ string: String, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string)
    }
}
