/// The `format` values that Specwright checks, by name.
///
/// Format names are fixed so that specs, generated code and the CLI agree:
///
/// | name | accepts |
/// | --- | --- |
/// | `iban` | an IBAN, electronic or print format (``IBAN``; national check digits are not checked) |
/// | `bic` | a BIC of 8 or 11 characters (``BIC``) |
/// | `country` | an ISO 3166-1 English name (any case), alpha-2 or alpha-3 code (``Country/init(anyOf:)``) |
/// | `country-alpha2`, `country-alpha3`, `country-numeric` | an ISO 3166-1 code of that kind, exactly |
/// | `country-name` | an ISO 3166-1 English short, official or common name, any case |
/// | `stellar-account-id` | a Stellar account ID, `G...` (``StellarAccountID``) |
/// | `date`, `time`, `date-time` | RFC 3339 (``RFC3339``) |
/// | `duration` | an RFC 3339 appendix A duration, `P1Y2M`, `PT30M`, `P2W` |
/// | `uuid` | `8-4-4-4-12` hexadecimal digits |
/// | `email` | an RFC 5321 mailbox: dot-atom or quoted local part, hostname or `[IPv4]`/`[IPv6:…]` domain |
/// | `idn-email` | RFC 6531: also non-ASCII characters in the local part and domain labels (not IDNA-checked) |
/// | `hostname` | RFC 1123 names; `xn--` labels must be valid IDNA2008 A-labels (decoded and checked) |
/// | `idn-hostname` | the same, plus IDNA2008 U-labels as given (no UTS #46 mapping: `Bücher` is invalid) |
/// | `ipv4`, `ipv6` | dotted quad without leading zeros; RFC 4291 text forms without zone or prefix |
/// | `uri`, `uri-reference`, `iri`, `iri-reference` | RFC 3986 / RFC 3987 grammar |
/// | `uri-template` | RFC 6570 |
/// | `json-pointer`, `relative-json-pointer` | RFC 6901; relative JSON pointer draft 01 |
/// | `regex` | an ECMA-262 pattern in Unicode mode (``ECMARegex``) |
/// | any other name | unknown: `isValid` returns `nil` |
///
/// Every check but `regex` reads the value's UTF-8 bytes directly, with no regular expression, and
/// allocates nothing on the common path (IDN labels and country names are the exceptions); `regex`
/// compiles the value. Look a checker up once with ``checker(for:)`` where a format is checked often:
/// ``isValid(_:format:)`` finds it by name on every call.
public enum FormatRegistry {
    /// Whether `value` is valid for `format`; `nil` when the format is not one of ``formatNames``, which
    /// callers ignore, as JSON Schema asks for unknown formats.
    public static func isValid(_ value: String, format: String) -> Bool? {
        FormatChecker(format: format)?.isValid(value)
    }

    /// The checker for `format`, to look up once and call many times; `nil` when the format is unknown.
    public static func checker(for format: String) -> FormatChecker? {
        FormatChecker(format: format)
    }

    /// Every format name with a checker, sorted.
    public static var formatNames: [String] { FormatChecker.Kind.allCases.map(\.rawValue).sorted() }
}

/// The check for one format, found once with ``FormatRegistry/checker(for:)``.
public struct FormatChecker: Hashable, Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case iban, bic, country
        case countryAlpha2 = "country-alpha2", countryAlpha3 = "country-alpha3", countryNumeric = "country-numeric"
        case countryName = "country-name", stellarAccountID = "stellar-account-id"
        case date, time, dateTime = "date-time", duration, uuid, email, idnEmail = "idn-email"
        case hostname, idnHostname = "idn-hostname", ipv4, ipv6
        case uri, uriReference = "uri-reference", iri, iriReference = "iri-reference", uriTemplate = "uri-template"
        case jsonPointer = "json-pointer", relativeJSONPointer = "relative-json-pointer", regex
    }

    let kind: Kind

    init?(format: String) {
        guard let kind = Kind(rawValue: format) else { return nil }
        self.kind = kind
    }

    /// The format name, e.g. `date-time`.
    public var format: String { kind.rawValue }

    /// Why `value` is not valid, for the formats whose checks can tell (IBAN, BIC, Stellar account ID):
    /// e.g. "the check digits 88 are wrong for this IBAN". `nil` for a valid value or when there is no detail.
    public func failureReason(_ value: String) -> String? {
        switch kind {
        case .iban: IBAN.validate(value)?.message
        case .bic: BIC.validate(value)?.message
        case .stellarAccountID: StellarAccountID.validate(value)?.message
        default: nil
        }
    }

    /// Which check `value` fails, machine-readable (`iban.checkDigits`, `bic.unknownCountry`, ...), for the
    /// formats whose checks can tell (IBAN, BIC, Stellar account ID); `nil` otherwise.
    public func failureCode(_ value: String) -> ValidationIssue.Code? {
        switch kind {
        case .iban: IBAN.validate(value)?.code
        case .bic: BIC.validate(value)?.code
        case .stellarAccountID: StellarAccountID.validate(value)?.code
        default: nil
        }
    }

    /// Whether `value` is valid for this format.
    public func isValid(_ value: String) -> Bool {
        switch kind {
        case .iban: IBAN.validate(value) == nil
        case .bic: BIC.validate(value) == nil
        case .country: Country.Lookup.shared.index(anyOf: value) != nil
        case .countryAlpha2: Country.Lookup.shared.index(alpha2: value) != nil
        case .countryAlpha3: Country.Lookup.shared.index(alpha3: value) != nil
        case .countryNumeric: Country.Lookup.shared.index(numeric: value) != nil
        case .countryName: Country.Lookup.shared.index(name: value) != nil
        case .stellarAccountID: StellarAccountID.validate(value) == nil
        case .date: RFC3339.isValidDate(value)
        case .time: RFC3339.isValidTime(value)
        case .dateTime: RFC3339.isValidDateTime(value)
        case .duration: DurationFormat.isValid(value)
        case .uuid: UUIDFormat.isValid(value)
        case .email: EmailFormat.isValidEmail(value)
        case .idnEmail: EmailFormat.isValidIDNEmail(value)
        case .hostname: HostnameFormat.isValidHostname(value)
        case .idnHostname: HostnameFormat.isValidIDNHostname(value)
        case .ipv4: IPAddressFormat.isValidIPv4(value)
        case .ipv6: IPAddressFormat.isValidIPv6(value)
        case .uri: URIFormat.isValidURI(value)
        case .uriReference: URIFormat.isValidURIReference(value)
        case .iri: URIFormat.isValidIRI(value)
        case .iriReference: URIFormat.isValidIRIReference(value)
        case .uriTemplate: URITemplateFormat.isValid(value)
        case .jsonPointer: JSONPointerFormat.isValidJSONPointer(value)
        case .relativeJSONPointer: JSONPointerFormat.isValidRelativeJSONPointer(value)
        case .regex: RegexFormat.isValid(value)
        }
    }
}
