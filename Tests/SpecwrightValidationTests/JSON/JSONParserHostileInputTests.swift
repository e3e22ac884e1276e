import Foundation
import SpecwrightValidation
import Testing

/// JSON that is valid text but that a `Double`, UTF-8 or a `String`-keyed object cannot hold faithfully.
struct JSONParserHostileInputTests {
    private func parseError(_ text: String) throws -> JSONParseError {
        try #require(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }

    @Test(arguments: ["1e400", "-1e400", "1.5E+309", String(repeating: "9", count: 400)])
    func numberBeyondDoubleIsAnError(_ text: String) throws {
        let error = try parseError("[\(text)]")
        #expect(error.message.contains("beyond the range of a 64-bit float"), "\(error.message)")
        #expect(error.column == 2)
        #expect(JSONNumber(text) == nil)
    }

    @Test(arguments: ["1e-400", "-2.5e-999", "0." + String(repeating: "0", count: 400) + "1"])
    func numberThatWouldUnderflowToZeroIsAnError(_ text: String) throws {
        let error = try parseError(text)
        #expect(error.message.contains("too close to zero"), "\(error.message)")
    }

    @Test func zeroAndTheSmallestDoublesStayNumbers() throws {
        #expect(try JSONValue(parsing: "0e-400") == 0)
        #expect(try JSONValue(parsing: "-0.0e999") == 0)
        #expect(try JSONValue(parsing: "5e-324").doubleValue == .leastNonzeroMagnitude)
        #expect(try JSONValue(parsing: "5e-324").numberValue?.isInteger == false)
        #expect(try JSONValue(parsing: "1.7976931348623157e308").doubleValue == .greatestFiniteMagnitude)
    }

    @Test func keysThatDifferOnlyInNormalizationAreAnErrorNotAMerge() throws {
        let error = try parseError("{\"\u{E9}\": 1, \"e\u{301}\": 2}")
        #expect(error.message.contains("U+00E9") && error.message.contains("U+0065 U+0301"), "\(error.message)")
        #expect(try JSONValue(parsing: #"{"a": 1, "a": 2}"#) == ["a": 2])
    }

    @Test func loneSurrogateIsAnError() throws {
        let error = try parseError(#"["\ud800"]"#)
        #expect(error.message.contains("surrogate"))
        #expect(error.column == 3)
    }

    @Test func requestedDepthIsClampedToWhatTheStackSupports() throws {
        let depth = JSONValue.maximumSupportedParsingDepth + 1
        let text = String(repeating: "[", count: depth) + "0" + String(repeating: "]", count: depth)
        let error = try #require(throws: JSONParseError.self) { try JSONValue(parsing: text, maximumDepth: 1_000_000) }
        #expect(error.message == "nesting is deeper than \(JSONValue.maximumSupportedParsingDepth) levels")
        let allowed = JSONValue.maximumSupportedParsingDepth
        let deep = String(repeating: "[", count: allowed) + "0" + String(repeating: "]", count: allowed)
        let value = try JSONValue(parsing: deep, maximumDepth: 1_000_000)
        let isEqualToItself = value == value
        #expect(isEqualToItself)
        #expect(value.description.count == 2 * allowed + 1)
    }
}
