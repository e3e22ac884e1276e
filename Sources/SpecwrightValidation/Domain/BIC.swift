/// A Business Identifier Code (ISO 9362), also called SWIFT code: `DEUTDEFF` or `DEUTDEFF500`.
///
/// Structure, following ISO 9362:2022:
/// - 4 characters, the institution (party prefix): uppercase letters or digits. The 2022 edition allows
///   digits here; editions up to 2014 allowed only letters, and every BIC valid under them is valid here.
/// - 2 letters, the country: an ISO 3166-1 alpha-2 code, or `XK` (Kosovo).
/// - 2 characters, the location (party suffix): uppercase letters or digits.
/// - optionally 3 characters, the branch: uppercase letters or digits (`XXX` is the primary office).
///
/// Lowercase letters are invalid, as are spaces. SWIFT's network conventions beyond this structure (a
/// `0` as the location's second character marks a test BIC, branch codes starting with `X` other than
/// `XXX`) are not checked: whether a BIC is published is a directory look-up, not a format question.
public struct BIC: Hashable, Sendable, CustomStringConvertible {
    /// The 8 or 11 characters.
    public let rawValue: String

    /// Validates `string`.
    public init(_ string: String) throws(BIC.ValidationError) {
        if let error = Self.validate(string) { throw error }
        rawValue = string
    }

    /// Why `string` is not a valid BIC, or `nil` when it is. Does not allocate when valid.
    public static func validate(_ string: String) -> BIC.ValidationError? {
        string.withUTF8Bytes(validate)
    }

    private static func validate(_ bytes: UnsafeBufferPointer<UInt8>) -> BIC.ValidationError? {
        var count = 0
        var first: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            let isLetter = byte &- UInt8(ascii: "A") < 26
            let isDigit = byte &- UInt8(ascii: "0") < 10
            // Offsets are in bytes; an invalid byte is reported as soon as it is met, so before it all are ASCII.
            switch offset {
            case 4, 5:
                guard isLetter else { return .invalidCharacter(offset: offset) }
                if offset == 4 {
                    first = byte
                } else if Country.Lookup.shared.index(alpha2: first, byte) == nil, !(first == UInt8(ascii: "X") && byte == UInt8(ascii: "K")) {
                    return .unknownCountry(String(decoding: [first, byte], as: UTF8.self))
                }
            default:
                guard isLetter || isDigit else { return .invalidCharacter(offset: offset) }
            }
            count += 1
        }
        return count == 8 || count == 11 ? nil : .wrongLength(count)
    }

    /// The institution code (ISO 9362:2022 "party prefix"), the first four characters: `DEUT`.
    public var institutionCode: String { String(rawValue.utf8.prefix(4))! }
    /// The country code, characters five and six: `DE`.
    public var countryCode: String { String(rawValue.utf8.dropFirst(4).prefix(2))! }
    /// The location code (ISO 9362:2022 "party suffix"), characters seven and eight: `FF`.
    public var locationCode: String { String(rawValue.utf8.dropFirst(6).prefix(2))! }
    /// The branch code of an 11-character BIC (`500`), or `nil` for an 8-character one.
    public var branchCode: String? { rawValue.utf8.count == 11 ? String(rawValue.utf8.suffix(3))! : nil }

    public var description: String { rawValue }
}

extension BIC: Codable {
    /// Decodes a BIC from a string; an invalid BIC is a `DecodingError`.
    public init(from decoder: any Decoder) throws {
        self = try DomainValueCoding.decode(from: decoder) { string throws(ValidationError) in try Self(string) }
    }

    public func encode(to encoder: any Encoder) throws {
        try DomainValueCoding.encode(rawValue, to: encoder)
    }
}

extension BIC {
    /// Why a string is not a valid BIC. Each case has a stable ``code`` and a ``message`` for people.
    public enum ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not 8 or 11 characters (the count given is of UTF-8 bytes).
        case wrongLength(Int)
        /// The byte at `offset` is not an uppercase letter or digit (a letter, at the country code's offsets 4 and 5).
        case invalidCharacter(offset: Int)
        /// Characters five and six are not an ISO 3166-1 alpha-2 code or `XK`.
        case unknownCountry(String)

        /// A stable, machine-readable code: `bic.length`, `bic.invalidCharacters` or `bic.unknownCountry`.
        public var code: ValidationIssue.Code {
            switch self {
            case .wrongLength: "bic.length"
            case .invalidCharacter: "bic.invalidCharacters"
            case .unknownCountry: "bic.unknownCountry"
            }
        }

        /// A sentence for people; wording may change between releases, ``code`` does not.
        public var message: String {
            switch self {
            case .wrongLength(let count):
                "BIC must have 8 or 11 characters, not \(count)"
            case .invalidCharacter(let offset) where offset == 4 || offset == 5:
                "BIC character \(offset + 1) must be an uppercase letter of the country code"
            case .invalidCharacter(let offset):
                "BIC character \(offset + 1) must be an uppercase letter or a digit"
            case .unknownCountry(let code):
                "BIC country code '\(code)' is not an ISO 3166-1 country"
            }
        }

        public var description: String { "\(message) [\(code)]" }
    }
}
