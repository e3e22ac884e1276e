import Foundation
import Testing
@testable import SpecwrightReader

@Suite struct YAMLReaderTests {
    @Test func everyNodeAndKeyKnowsItsPosition() throws {
        let root = try parseDocument("""
            openapi: 3.1.0
            info:
              title: Pets
              tags: [a, "b"]
            """)
        #expect(root.location.description == "/specs/test.yaml:1:1")
        #expect(root["info"]?.location.description == "/specs/test.yaml:3:3")
        #expect(root.keyLocation(of: "info")?.description == "/specs/test.yaml:2:1")
        #expect(root["info"]?["title"]?.location.description == "/specs/test.yaml:3:10")
        #expect(root["info"]?.keyLocation(of: "title")?.description == "/specs/test.yaml:3:3")
        #expect(root["info"]?["tags"]?[1]?.location.description == "/specs/test.yaml:4:13")
        #expect(root.keyLocation(of: "missing") == nil)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try parseDocument("{ä: ü, b: 1}")
        #expect(root["b"]?.location.column == 11)
    }

    @Test func nodesKnowTheirJSONPointer() throws {
        let root = try parseDocument("""
            paths:
              /pets/{id}:
                get: {tags: [x]}
              "~home": 1
            """)
        #expect(root.pointer == "")
        #expect(root["paths"]?["/pets/{id}"]?["get"]?["tags"]?[0]?.pointer == "/paths/~1pets~1{id}/get/tags/0")
        #expect(root["paths"]?["~home"]?.pointer == "/paths/~0home")
        #expect(root["paths"]?["~home"]?.identity == "/specs/test.yaml#/paths/~0home")
    }

    @Test func keysKeepDocumentOrder() throws {
        let root = try parseDocument("z: 1\na: 2\nm: 3\n")
        #expect(root.object.map { Array($0.keys) } == ["z", "a", "m"])
    }

    @Test func nonStringKeysBecomeTheirText() throws {
        let root = try parseDocument("200: ok\n2021-01-01: date\ntrue: yes\n~: nothing\n1.50: price\n")
        #expect(root.object.map { Array($0.keys) } == ["200", "2021-01-01", "true", "~", "1.50"])
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let root = try parseDocument("""
            base: &shared {type: string}
            copy: *shared
            """)
        #expect(root["copy"] === root["base"])
        #expect(root["copy"]?.pointer == "/base")
    }

    @Test func mergeKeysAddTheMissingKeys() throws {
        let root = try parseDocument("""
            base: &base
              a: 1
              b: 2
            other: &other
              c: 5
              a: 9
            derived:
              <<: [*base, *other]
              b: 3
              d: 4
            """)
        let derived = try #require(root["derived"])
        #expect(derived.object.map { Array($0.keys) } == ["a", "c", "b", "d"])
        #expect(describeScalar(derived["a"]) == "number 1 (integer 1)")
        #expect(describeScalar(derived["b"]) == "number 3 (integer 3)")
        #expect(derived.keyLocation(of: "a")?.line == 2)
        #expect(derived.keyLocation(of: "d")?.line == 10)
    }

    @Test func anchoredKeysCanBeAliasedAsKeysOrValues() throws {
        let root = try parseDocument("&k name: 1\nother: {*k : 2}\ncopy: *k\n")
        #expect(root["other"]?["name"] != nil)
        #expect(root["copy"]?.string == "name")
        #expect(root["copy"]?.pointer == "/name")
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() throws {
        let root = try parseDocument("'<<': {a: 1}\n")
        #expect(root["<<"]?["a"] != nil)
    }

    @Test(arguments: [
        ("a: 1\nb: 2\na: 3\n", "/specs/test.yaml:3:1: error: duplicate key 'a' (first defined at line 1, column 1)"),
        ("{x: 1, x: 2}", "/specs/test.yaml:1:8: error: duplicate key 'x' (first defined at line 1, column 2)"),
        ("200: a\n'200': b\n", "/specs/test.yaml:2:1: error: duplicate key '200' (first defined at line 1, column 1)"),
        ("a: [1, 2\nb: 3\n",
         "/specs/test.yaml:2:2: error: did not find expected ',' or ']' while parsing a flow sequence that starts at line 1, column 4"),
        ("a:\n  b: 1\n c: 2\n",
         "/specs/test.yaml:3:2: error: did not find expected key while parsing a block mapping that starts at line 1, column 1"),
        ("a: 'unterminated\n",
         "/specs/test.yaml:2:1: error: found unexpected end of stream while scanning a quoted scalar that starts at line 1, column 4"),
        ("a: *nowhere\n", "/specs/test.yaml:1:4: error: unknown alias '*nowhere' (no anchor '&nowhere' before it)"),
        ("? [a, b]\n: 1\n", "/specs/test.yaml:1:3: error: a key must be a scalar, not a list"),
        ("a: 1\n---\nb: 2\n", "/specs/test.yaml:2:1: error: a spec file holds one document, but a second one starts here"),
        ("a: 1\n<<: 5\n", "/specs/test.yaml:2:1: error: the merge key '<<' needs a mapping or a list of mappings, found number"),
        ("# only a comment\n", "/specs/test.yaml:1:1: error: the file holds no YAML or JSON document (only blank lines or comments)"),
    ])
    func malformedYAML(text: String, message: String) {
        let error = #expect(throws: SpecError.self) { try parseDocument(text) }
        #expect(error?.description == message)
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let latin1 = Array("title: ok\nname: caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        let error = #expect(throws: SpecError.self) { try DocumentParser.parse(Data(latin1), file: testFile) }
        #expect(error?.description == "/specs/test.yaml:2:10: error: the file is not valid UTF-8 text (byte 0xE9)")
    }

    @Test func binaryGarbageIsAnErrorNotACrash() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let error = #expect(throws: SpecError.self) { try DocumentParser.parse(Data(png), file: testFile) }
        #expect(error?.description == "/specs/test.yaml:1:1: error: the file is not valid UTF-8 text (byte 0x89)")
    }

    @Test func controlCharactersAreAnError() {
        let error = #expect(throws: SpecError.self) { try DocumentParser.parse(Data([0x61, 0x3A, 0x20, 0x00]), file: testFile) }
        #expect(error?.description == "/specs/test.yaml:1:4: error: control characters are not allowed (byte 0x00)")
    }

    @Test func deepBlockNestingIsAnError() {
        let text = (0..<5_000).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
        let error = #expect(throws: SpecError.self) { try parseDocument(text) }
        #expect(error?.description == "/specs/test.yaml:1000:1000: error: nesting is deeper than 1000 levels")
    }

    @Test func deepFlowNestingIsAnError() {
        let text = "a: " + String(repeating: "[", count: 100_000)
        let error = #expect(throws: SpecError.self) { try parseDocument(text) }
        #expect(error?.description == "/specs/test.yaml:1:5: error: nesting is deeper than 1000 levels")
    }

    @Test func aliasBombIsRefused() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        let error = #expect(throws: SpecError.self) { try parseDocument(lines.joined(separator: "\n")) }
        #expect(error?.message == "aliases expand this document to more than 5000000 nodes")
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let text = "title: Café\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (root, _) = try DocumentParser.parse(Data(bytes), file: testFile)
        #expect(root["title"]?.string == "Café")
    }
}
