import Testing

import SpecwrightValidation

@Suite struct FormatRegistryTests {
    @Test func unknownFormatsAreNil() {
        #expect(FormatRegistry.isValid("anything", format: "no-such-format") == nil)
        #expect(FormatRegistry.checker(for: "no-such-format") == nil)
        #expect(FormatRegistry.isValid("anything", format: "IBAN") == nil)  // names are case-sensitive
    }

    @Test func domainFormatsSayWhyAValueFails() throws {
        let iban = try #require(FormatRegistry.checker(for: "iban"))
        #expect(iban.failureReason("DE89370400440532013000") == nil)
        #expect(iban.failureReason("DE88370400440532013000") == IBAN.validate("DE88370400440532013000")?.message)
        #expect(try #require(FormatRegistry.checker(for: "bic")).failureReason("cobadeffxxx") != nil)
        // Formats whose check is a plain yes/no give no detail.
        #expect(try #require(FormatRegistry.checker(for: "date")).failureReason("2024-02-30") == nil)
    }

    @Test func namesAreFixed() {
        let expected: Set = [
            "iban", "bic", "country", "country-alpha2", "country-alpha3", "country-numeric", "country-name",
            "stellar-account-id", "date", "date-time", "time", "duration", "uuid", "email", "idn-email", "hostname",
            "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template",
            "json-pointer", "relative-json-pointer", "regex",
        ]
        #expect(expected.isSubset(of: Set(FormatRegistry.formatNames)))
        #expect(FormatRegistry.checker(for: "date-time")?.format == "date-time")
    }

    @Test(arguments: [
        ("iban", "DE89 3704 0044 0532 0130 00", true), ("iban", "DE89370400440532013001", false),
        ("bic", "DEUTDEFF500", true), ("bic", "deutdeff", false),
        ("country", "DE", true), ("country", "DEU", true), ("country", "germany", true), ("country", "de", false),
        ("country", "Côte d'Ivoire", true), ("country", "Atlantis", false),
        ("country-alpha2", "AX", true), ("country-alpha2", "ALA", false), ("country-alpha2", "XK", false),
        ("country-alpha3", "TUR", true), ("country-alpha3", "TR", false),
        ("country-numeric", "792", true), ("country-numeric", "79", false),
        ("country-name", "Türkiye", true), ("country-name", "TR", false),
        ("stellar-account-id", "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", true),
        ("stellar-account-id", "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGA", false),
        ("date", "2024-02-29", true), ("date", "2025-02-29", false),
        ("uuid", "2EB8AA08-AA98-11EA-B4AA-73B441D16380", true),
        ("hostname", "xn--bcher-kva.example", true), ("hostname", "xn--bcher-kvb.example", false),
        ("idn-hostname", "bücher.example", true), ("idn-hostname", "Bücher.example", false),
        ("email", "user@[IPv6:2001:db8::1]", true), ("email", "user@[IPv6:2001:db8::g]", false),
        ("ipv6", "::ffff:192.0.2.1", true), ("ipv4", "192.0.2.01", false),
        ("regex", "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", true), ("regex", "(?i)abc", false), ("regex", "[a-", false),
    ])
    func checks(_ format: String, _ value: String, _ expected: Bool) {
        #expect(FormatRegistry.isValid(value, format: format) == expected)
    }

    @Test func neverCrashesOnOddInput() {
        let inputs = ["", "\0", "\u{FFFF}", String(repeating: "a", count: 100_000), "xn--", "xn---", "xn--ls8h" + ".", "[", "%", "{",
                      "\u{D7FF}\u{E000}", "P", "T", "::", String(repeating: "1:", count: 1_000), "xn--" + String(repeating: "9", count: 1_000)]
        for format in FormatRegistry.formatNames {
            for input in inputs {
                _ = FormatRegistry.isValid(input, format: format)
            }
        }
    }
}
