import Foundation
import Testing
@testable import SpecwrightReader

@Suite struct JSONReaderTests {
    let jsonFile = "/specs/test.json"

    @Test func everyNodeAndKeyKnowsItsPosition() throws {
        let root = try parseDocument("""
            {
              "openapi": "3.1.0",
              "info": {"title": "Pets", "n": [1, 2.5e3, true, null]}
            }
            """, file: jsonFile)
        #expect(root.location.description == "/specs/test.json:1:1")
        #expect(root["info"]?.location.description == "/specs/test.json:3:11")
        #expect(root.keyLocation(of: "info")?.description == "/specs/test.json:3:3")
        #expect(root["info"]?["title"]?.location.description == "/specs/test.json:3:21")
        #expect(root["info"]?["n"]?[1]?.location.description == "/specs/test.json:3:38")
        #expect(root["info"]?["n"]?[1]?.pointer == "/info/n/1")
        #expect(describeScalar(root["info"]?["n"]?[1]) == "number 2.5e3 (integer 2500)")
        #expect(describeScalar(root["info"]?["n"]?[2]) == "true")
        #expect(describeScalar(root["info"]?["n"]?[3]) == "null")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try parseDocument(#"{"ä": "ü", "b": 1}"#, file: jsonFile)
        #expect(root["b"]?.location.column == 17)
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let root = try parseDocument(#"{"s": "a\"b\\c\/d\n\t\u00e9 \ud83d\udc4d"}"#, file: jsonFile)
        #expect(root["s"]?.string == "a\"b\\c/d\n\té 👍")
    }

    @Test func keysLongerThanLibyamlAllowsAreRead() throws {
        let key = String(repeating: "k", count: 2_000)
        let root = try parseDocument(#"{"\#(key)": 1}"#, file: jsonFile)
        #expect(root[key] != nil)
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let (root, _) = try DocumentParser.parse(Data([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)), file: jsonFile)
        #expect(root["a"]?.location.column == 7)
    }

    @Test(arguments: [
        (#"{"openapi": "3.1.0",}"#, "1:21: error: expected a member name in double quotes, found '}'"),
        (#"{"a": 1 "b": 2}"#, "1:9: error: expected ',' or '}' after an object member, found '\"'"),
        ("[1, 2", "1:6: error: expected ',' or ']' after an array element, found the end of the file"),
        (#"{"a" 1}"#, "1:6: error: expected ':' after the member name \"a\", found '1'"),
        (#"{"a": tru}"#, "1:7: error: expected a value, found 't'"),
        (#"{"a": -}"#, "1:7: error: invalid number '-'"),
        (#"{"a": "x"#, "1:7: error: unterminated string"),
        (#"{"a": "\x"}"#, "1:8: error: invalid escape '\\x' in a string"),
        (#"{"a": "\u12"}"#, "1:8: error: invalid \\u escape in a string (it needs four hexadecimal digits)"),
        ("{\"a\": \"tab\there\"}", "1:11: error: control character 0x09 in a string (it must be escaped)"),
        (#"{"a": 1} {"b": 2}"#, "1:10: error: expected the end of the file after the top-level value, found '{'"),
        ("{\"a\": 1,\n \"a\": 2}", "2:2: error: duplicate key 'a' (first defined at line 1, column 2)"),
    ])
    func malformedJSON(text: String, message: String) {
        let error = #expect(throws: SpecError.self) { try parseDocument(text, file: jsonFile) }
        #expect(error?.description == "/specs/test.json:" + message)
    }

    @Test func invalidUTF8InAStringIsAnError() {
        let bytes = Array(#"{"a": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)
        let error = #expect(throws: SpecError.self) { try DocumentParser.parse(Data(bytes), file: jsonFile) }
        #expect(error?.description == "/specs/test.json:1:11: error: the file is not valid UTF-8 text (byte 0xE9)")
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let error = #expect(throws: SpecError.self) {
            try parseDocument(String(repeating: "[", count: 100_000), file: jsonFile)
        }
        #expect(error?.description == "/specs/test.json:1:1001: error: nesting is deeper than 1000 levels")
    }

    @Test func flowStyleYAMLThatIsNotJSONFallsBackToYAML() throws {
        let root = try parseDocument("{openapi: 3.1.0, tags: [a, b]}", file: "/specs/test.yaml")
        #expect(root["openapi"]?.string == "3.1.0")
        #expect(root["tags"]?[1]?.string == "b")
    }
}

/// JSON a spec reader must not silently alter.
struct JSONReaderHostileInputTests {
    @Test func loneSurrogateIsALocatedError() throws {
        let error = try #require(throws: SpecError.self) {
            try parseDocument("{\"a\": \"x\\ud800y\"}", file: "/specs/test.json")
        }
        #expect(error.description == "/specs/test.json:1:9: error: unpaired UTF-16 surrogate \\uD800 in a string: it is no Unicode character and cannot be kept in UTF-8")
    }

    @Test func loneSurrogateInAFileNotNamedJSONIsNotRetriedAsYAML() throws {
        let error = try #require(throws: SpecError.self) { try parseDocument("{\"a\": \"\\udc00\"}") }
        #expect(error.message.hasPrefix("unpaired UTF-16 surrogate \\uDC00"))
    }

    @Test func keysDifferingOnlyInNormalizationAreALocatedError() throws {
        let error = try #require(throws: SpecError.self) {
            try parseDocument("{\"\u{E9}\": 1,\n \"e\u{301}\": 2}", file: "/specs/test.json")
        }
        #expect(error.location?.line == 2 && error.location?.column == 2)
        #expect(error.message.contains("only in Unicode normalization"))
    }

    @Test(arguments: ["1e400", "-2E+999", "1e-400"])
    func numberBeyondDoubleIsALocatedError(_ literal: String) throws {
        let error = try #require(throws: SpecError.self) {
            try parseDocument("{\"maximum\": \(literal)}", file: "/specs/test.json")
        }
        #expect(error.description == "/specs/test.json:1:13: error: the number \(literal) is beyond what a 64-bit float holds (it would read as infinity or 0)")
    }

    @Test func scalarsKnowTheirPointers() throws {
        let root = try parseDocument(#"{"a": [1, {"b~/c": "x"}], "d": true}"#, file: "/specs/test.json")
        #expect(root["a"]?[0]?.pointer == "/a/0")
        #expect(root["a"]?[1]?["b~/c"]?.pointer == "/a/1/b~0~1c")
        #expect(root["d"]?.identity == "/specs/test.json#/d")
    }
}
