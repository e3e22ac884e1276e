import SpecwrightValidation
import Testing

/// The `regex` format checks untrusted values: its cost must stay bounded whatever their size.
struct RegexFormatTests {
    @Test func hugeValueIsRejectedWithoutParsingIt() {
        let huge = String(repeating: "(a|b)*", count: 10_000_000 / 6)
        #expect(FormatRegistry.isValid(huge, format: "regex") == false)
    }

    @Test func valueAtTheLimitIsStillParsed() {
        let atLimit = String(repeating: "a", count: 32_768)
        #expect(FormatRegistry.isValid(atLimit, format: "regex") == true)
        #expect(FormatRegistry.isValid(atLimit + "a", format: "regex") == false)
        #expect(FormatRegistry.isValid("[a-", format: "regex") == false)
    }
}
