import Testing

@testable import SpecwrightValidation

@Suite struct PunycodeTests {
    func encode(_ unicode: String) -> String? {
        IDNA.punycodeEncode(unicode.unicodeScalars.map(\.value)).map { String(decoding: $0, as: UTF8.self) }
    }

    func decode(_ punycode: String) -> String? {
        IDNA.punycodeDecode(Array(punycode.utf8)).map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) }
    }

    // RFC 3492 section 7.1 samples and common names.
    @Test(arguments: [
        ("bücher", "bcher-kva"),
        ("münchen", "mnchen-3ya"),
        ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
        ("Pročprostěnemluvíčesky", "Proprostnemluvesky-uyb24dma41a"),
        ("☃", "n3h"),
    ])
    func encodesAndDecodes(_ unicode: String, _ punycode: String) {
        #expect(encode(unicode) == punycode)
        #expect(decode(punycode) == unicode)
    }

    @Test func rejectsMalformedInput() {
        #expect(decode("X") == nil)  // an unfinished number
        #expect(decode("-9uc") == nil)  // '-' is not a digit
        #expect(decode("a€-kva") == nil)  // non-ASCII before the delimiter
        #expect(decode("99999999999999") == nil)  // overflow
    }
}

@Suite struct IDNATests {
    func isValid(_ label: String) -> Bool {
        IDNA.isValidULabel(label.unicodeScalars.map(\.value))
    }

    @Test func codePointClasses() {
        #expect(isValid("bücher"))
        #expect(!isValid("Bücher"))  // uppercase is DISALLOWED: no mapping
        #expect(!isValid("b\u{FF55}cher"))  // fullwidth u
        #expect(!isValid("a\u{2665}"))  // symbols are DISALLOWED
        #expect(!isValid("\u{0301}a"))  // starts with a combining mark
        #expect(!isValid("bu\u{0308}cher"))  // not NFC
    }

    @Test func contextRules() {
        #expect(isValid("l\u{B7}l"))
        #expect(!isValid("a\u{B7}l"))
        #expect(isValid("\u{0915}\u{094D}\u{200D}\u{0937}"))  // ZWJ after a virama
        #expect(!isValid("\u{0915}\u{200D}\u{0937}"))
        #expect(isValid("\u{30FB}\u{3041}"))
        #expect(!isValid("\u{30FB}"))
    }

    @Test func bidiRule() {
        func satisfies(_ name: [String]) -> Bool { IDNA.satisfiesBidiRule(name.map { $0.unicodeScalars.map(\.value) }) }
        #expect(satisfies(["example", "com"]))
        #expect(satisfies(["\u{05D0}\u{05D1}", "com"]))
        #expect(!satisfies(["0a", "\u{05D0}"]))  // in a Bidi domain name every label must start with L, R or AL
        #expect(!satisfies(["a\u{05D0}"]))
        #expect(satisfies(["\u{06F0}0"]))  // EN only: not a Bidi domain name
    }
}
