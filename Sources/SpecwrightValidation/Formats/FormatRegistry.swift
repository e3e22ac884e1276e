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
/// | `email`, `idn-email` | an RFC 5321 mailbox; RFC 6531 with non-ASCII characters |
/// | `hostname`, `idn-hostname` | RFC 1123 names with IDNA2008 A-labels; and U-labels (see ``HostnameFormat``) |
/// | `ipv4`, `ipv6` | dotted quad without leading zeros; RFC 4291 text forms without zone or prefix |
/// | `uri`, `uri-reference`, `iri`, `iri-reference` | RFC 3986 / RFC 3987 grammar |
/// | `uri-template` | RFC 6570 |
/// | `json-pointer`, `relative-json-pointer` | RFC 6901; relative JSON pointer draft 01 |
/// | `regex` | an ECMA-262 pattern in Unicode mode (``ECMARegex``) |
///
/// Every check but `regex` is a single pass over the UTF-8 bytes of the value, with no regular expression,
/// and allocates nothing on the common path (IDN labels and country names are the exception). `regex`
/// compiles the value.
public enum FormatRegistry {
    /// Whether `value` is valid for `format`; `nil` when the format is not one of ``formatNames``, which
    /// callers ignore, as JSON Schema asks for unknown formats.
    public static func isValid(_ value: String, format: String) -> Bool? {
        checkers[format]?.isValid(value)
    }

    /// The checker for `format`, to look up once and call many times; `nil` when the format is unknown.
    public static func checker(for format: String) -> FormatChecker? {
        checkers[format]
    }

    /// Every format name with a checker, sorted.
    public static var formatNames: [String] { checkers.keys.sorted() }

    private static let checkers: [String: FormatChecker] = {
        let all: [(String, @Sendable (String) -> Bool)] = [
            ("iban", { IBAN.validate($0) == nil }),
            ("bic", { BIC.validate($0) == nil }),
            ("country", { Country.Lookup.shared.index(anyOf: $0) != nil }),
            ("country-alpha2", { Country.Lookup.shared.index(alpha2: $0) != nil }),
            ("country-alpha3", { Country.Lookup.shared.index(alpha3: $0) != nil }),
            ("country-numeric", { Country.Lookup.shared.index(numeric: $0) != nil }),
            ("country-name", { Country.Lookup.shared.index(name: $0) != nil }),
            ("stellar-account-id", { StellarAccountID.validate($0) == nil }),
            ("date", RFC3339.isValidDate),
            ("time", RFC3339.isValidTime),
            ("date-time", RFC3339.isValidDateTime),
            ("duration", DurationFormat.isValid),
            ("uuid", UUIDFormat.isValid),
            ("email", EmailFormat.isValidEmail),
            ("idn-email", EmailFormat.isValidIDNEmail),
            ("hostname", HostnameFormat.isValidHostname),
            ("idn-hostname", HostnameFormat.isValidIDNHostname),
            ("ipv4", { IPAddressFormat.isValidIPv4($0) }),
            ("ipv6", { IPAddressFormat.isValidIPv6($0) }),
            ("uri", URIFormat.isValidURI),
            ("uri-reference", URIFormat.isValidURIReference),
            ("iri", URIFormat.isValidIRI),
            ("iri-reference", URIFormat.isValidIRIReference),
            ("uri-template", URITemplateFormat.isValid),
            ("json-pointer", JSONPointerFormat.isValidJSONPointer),
            ("relative-json-pointer", JSONPointerFormat.isValidRelativeJSONPointer),
            ("regex", RegexFormat.isValid),
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.0, FormatChecker(format: $0.0, check: $0.1)) })
    }()
}

/// The check for one format, found once with ``FormatRegistry/checker(for:)``.
public struct FormatChecker: Sendable {
    /// The format name, e.g. `date-time`.
    public let format: String
    private let check: @Sendable (String) -> Bool

    init(format: String, check: @escaping @Sendable (String) -> Bool) {
        self.format = format
        self.check = check
    }

    /// Whether `value` is valid for this format.
    public func isValid(_ value: String) -> Bool { check(value) }
}
