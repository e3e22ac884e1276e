import Foundation
import Testing
@testable import SpecwrightReader

/// Plain scalars resolve like YAML 1.2's core schema, not YAML 1.1.
@Suite struct CoreSchemaTests {
    @Test(arguments: [
        // YAML 1.1 booleans stay strings (Aquanow's enum is YES/NO).
        ("YES", #"string "YES""#), ("NO", #"string "NO""#), ("on", #"string "on""#), ("off", #"string "off""#),
        ("y", #"string "y""#), ("Yes", #"string "Yes""#),
        ("true", "true"), ("True", "true"), ("TRUE", "true"), ("false", "false"), ("FALSE", "false"),
        ("null", "null"), ("Null", "null"), ("NULL", "null"), ("~", "null"), ("", "null"),
        ("nil", #"string "nil""#),
        // Dates, times and sexagesimal numbers stay strings (Xero, Upvest).
        ("2021-01-01", #"string "2021-01-01""#), ("12:30", #"string "12:30""#),
        ("2021-01-01T10:00:00Z", #"string "2021-01-01T10:00:00Z""#), ("1:20", #"string "1:20""#),
        ("0b101", #"string "0b101""#), ("1_000", #"string "1_000""#), ("3.1.0", #"string "3.1.0""#),
        ("-x", #"string "-x""#), ("+", #"string "+""#), (".", #"string ".""#), ("1e", #"string "1e""#), ("0x", #"string "0x""#),
        // Integers; non-JSON spellings are normalised to decimal.
        ("42", "number 42 (integer 42)"), ("-7", "number -7 (integer -7)"), ("+7", "number 7 (integer 7)"),
        ("007", "number 7 (integer 7)"), ("-0", "number -0 (integer 0)"),
        ("0x1F", "number 31 (integer 31)"), ("0o17", "number 15 (integer 15)"),
        ("9007199254740993", "number 9007199254740993 (integer 9007199254740993)"),
        ("12345678901234567890", "number 12345678901234567890"),
        // Floats keep the literal as written when it is JSON.
        ("1.0", "number 1.0 (integer 1)"), ("2.50", "number 2.50"), ("1e3", "number 1e3 (integer 1000)"),
        ("1E-2", "number 1E-2"), (".5", "number 0.5"), ("1.", "number 1.0 (integer 1)"), ("-.5", "number -0.5"),
        ("9.223372036854776e+18", "number 9.223372036854776e+18"),
        ("9007199254740993.0", "number 9007199254740993.0 (integer 9007199254740993)"),
        (".inf", "number .inf"), ("-.Inf", "number -.inf"), ("+.INF", "number .inf"), (".NaN", "number .nan"),
    ])
    func plainScalar(text: String, expected: String) throws {
        let document = try parseDocument("value: \(text)\n")
        #expect(describeScalar(document["value"]) == expected)
    }

    @Test(arguments: [
        (#""123""#, #"string "123""#), ("'true'", #"string "true""#), ("'null'", #"string "null""#),
        (#""""#, #"string """#), ("'2021-01-01'", #"string "2021-01-01""#),
        ("|\n  YES\n", "string \"YES\n\""), ("!!str 123", #"string "123""#), ("! 123", #"string "123""#),
        (#"!!int "42""#, "number 42 (integer 42)"), ("!!float 1", "number 1 (integer 1)"),
        ("!!bool true", "true"), ("!!null ''", "null"),
    ])
    func quotedOrTaggedScalar(text: String, expected: String) throws {
        let document = try parseDocument("value: \(text)\n")
        #expect(describeScalar(document["value"]) == expected)
    }

    @Test func infinityAndNaNHaveMatchingDoubles() throws {
        let document = try parseDocument("[.inf, -.inf, .nan]")
        #expect(document[0]?.number?.doubleValue == .infinity)
        #expect(document[1]?.number?.doubleValue == -.infinity)
        #expect(document[2]?.number?.doubleValue.isNaN == true)
    }

    @Test func wronglyTaggedScalarIsAnError() {
        let error = #expect(throws: SpecError.self) { try parseDocument("value: !!int twelve\n") }
        #expect(error?.description == "/specs/test.yaml:1:8: error: 'twelve' is not a valid number (it is tagged 'tag:yaml.org,2002:int')")
    }

    @Test func unknownTagIsIgnoredWithAWarning() throws {
        let (root, diagnostics) = try DocumentParser.parse(Data("value: !Ref 12\n".utf8), file: testFile)
        #expect(describeScalar(root["value"]) == "number 12 (integer 12)")
        #expect(diagnostics.map(\.description) == ["/specs/test.yaml:1:8: warning: ignored the YAML tag '!Ref'"])
    }
}
