import Foundation
import SpecwrightValidation
import XCTest

final class JSONValueTests: XCTestCase {
    func testParsesEveryKindOfValue() throws {
        let value = try JSONValue(parsing: #" { "a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d\u00e9\n"} } "#)
        XCTAssertEqual(value, ["a": [1, -2.5, 300, true, false, nil], "b": ["c": "dé\n"]])
        XCTAssertEqual(value["a"]?[2]?.int64Value, 300)
        XCTAssertEqual(value["b"]?["c"]?.stringValue, "dé\n")
        XCTAssertNil(value["missing"])
        XCTAssertNil(value["a"]?[6])
    }

    func testNumbersCompareByValue() throws {
        XCTAssertEqual(JSONValue.number(1), JSONValue.number(1.0))
        XCTAssertEqual(try JSONValue(parsing: "1.0"), try JSONValue(parsing: "1"))
        XCTAssertEqual(try JSONValue(parsing: "1e2").hashValue, try JSONValue(parsing: "100").hashValue)
        XCTAssertNotEqual(JSONValue.number(1), JSONValue.bool(true))
        XCTAssertEqual(Set<JSONValue>([1, 1.0, 2]).count, 2)
        XCTAssertTrue(JSONNumber(2.0).isInteger)
        XCTAssertFalse(JSONNumber(2.0).isIntegerLiteral)
        XCTAssertLessThan(JSONNumber(Int64.max - 1), JSONNumber(Int64.max))
        XCTAssertLessThan(JSONNumber(9_007_199_254_740_993), JSONNumber(9_007_199_254_740_994.0))
    }

    func testKeepsIntegersExact() throws {
        XCTAssertEqual(try JSONValue(parsing: "9223372036854775807").int64Value, Int64.max)
        XCTAssertEqual(try JSONValue(parsing: "-9223372036854775808").int64Value, Int64.min)
        let big = try JSONValue(parsing: "123456789012345678901234567890")
        XCTAssertNil(big.int64Value)
        XCTAssertEqual(big.description, "123456789012345678901234567890")
        XCTAssertEqual(big.numberValue?.isInteger, true)
        XCTAssertNotEqual(big, try JSONValue(parsing: "123456789012345678901234567891"))
    }

    func testObjectKeyOrderDoesNotMatter() throws {
        XCTAssertEqual(try JSONValue(parsing: #"{"a":1,"b":2}"#), try JSONValue(parsing: #"{"b":2,"a":1}"#))
    }

    func testStringsCompareByCodePoints() throws {
        // "é" precomposed versus "e" + combining acute: canonically equivalent, different code points.
        XCTAssertNotEqual(try JSONValue(parsing: #""\u00e9""#), try JSONValue(parsing: #""e\u0301""#))
        XCTAssertEqual(try JSONValue(parsing: #""\ud83d\ude00""#), "😀")
    }

    func testReportsLineAndColumnOfErrors() {
        let cases: [(String, Int, Int, String)] = [
            ("{\n  \"a\" 1\n}", 2, 7, "expected ':'"),
            ("[1, 2", 1, 6, "expected ',' or ']'"),
            ("[1,]", 1, 4, "expected a value"),
            ("\"abc", 1, 1, "unterminated string"),
            ("01", 1, 1, "invalid number"),
            ("1 2", 1, 3, "after the JSON value"),
            ("", 1, 1, "no JSON value"),
            ("\"\\x\"", 1, 2, "invalid escape"),
            ("\"\\ud800\"", 1, 2, "unpaired UTF-16 surrogate"),
            ("tru", 1, 1, "expected a value"),
            ("{\"é\": x}", 1, 7, "expected a value"),
        ]
        for (text, line, column, message) in cases {
            XCTAssertThrowsError(try JSONValue(parsing: text), text) { error in
                guard let error = error as? JSONParseError else { return XCTFail("unexpected error \(error)") }
                XCTAssertEqual(error.line, line, text)
                XCTAssertEqual(error.column, column, text)
                XCTAssertTrue(error.message.contains(message), "\(text): \(error.message)")
            }
        }
    }

    func testFollowsTheNumberGrammar() throws {
        for bad in ["-", "1.", ".5", "1e", "1e+", "+1", "01", "-01", "NaN", "Infinity", "0x10", "1_000"] {
            XCTAssertThrowsError(try JSONValue(parsing: bad), bad)
        }
        XCTAssertEqual(try JSONValue(parsing: "-0"), 0)
        XCTAssertEqual(try JSONValue(parsing: "1E3"), 1000)
        XCTAssertEqual(try JSONValue(parsing: "2.5e-1"), 0.25)
        XCTAssertEqual(try JSONValue(parsing: "123456789012345678").int64Value, 123_456_789_012_345_678)
        XCTAssertEqual(JSONNumber("12.50")?.description, "12.5")
        XCTAssertNil(JSONNumber("12,5"))
    }

    func testRejectsInvalidUTF8() {
        XCTAssertThrowsError(try JSONValue(parsing: [0x22, 0xFF, 0x22]))
    }

    func testDeepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONValue(parsing: deep)) { error in
            XCTAssertTrue("\(error)".contains("deeper than 1000"), "\(error)")
        }
        let allowed = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
        XCTAssertNoThrow(try JSONValue(parsing: allowed))
    }

    func testParsesLargeInputs() throws {
        let bigString = String(repeating: "x", count: 1_000_000)
        XCTAssertEqual(try JSONValue(parsing: "\"\(bigString)\"").stringValue?.count, 1_000_000)
        let array = "[" + Array(repeating: "1", count: 100_000).joined(separator: ",") + "]"
        XCTAssertEqual(try JSONValue(parsing: array).arrayValue?.count, 100_000)
    }

    func testDescriptionIsCompactSortedJSON() throws {
        let value: JSONValue = ["b": [1, 2.5, "q\"\u{1}"], "a": nil]
        XCTAssertEqual(value.description, #"{"a":null,"b":[1,2.5,"q\"\u0001"]}"#)
        XCTAssertEqual(try JSONValue(parsing: value.description), value)
    }

    func testCodableRoundTrip() throws {
        let value: JSONValue = ["name": "Ada", "age": 36, "ratio": 0.5, "tags": ["x"], "extra": nil, "ok": true]
        let data = try JSONEncoder().encode(value)
        XCTAssertEqual(try JSONDecoder().decode(JSONValue.self, from: data), value)
        XCTAssertEqual(try JSONValue(parsing: data), value)
    }
}
