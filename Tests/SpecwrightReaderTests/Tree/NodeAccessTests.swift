import Testing
@testable import SpecwrightReader

@Suite struct NodeAccessTests {
    let root: Node

    init() throws {
        root = try parseDocument("""
            name: Rex
            age: 3
            good: true
            nothing: null
            tags: [a]
            owner: {name: Ann}
            """)
    }

    @Test func typedAccessorsReturnValuesOfTheirTypeOnly() {
        #expect(root["name"]?.string == "Rex")
        #expect(root["name"]?.number == nil)
        #expect(root["age"]?.number?.integerValue == 3)
        #expect(root["good"]?.bool == true)
        #expect(root["nothing"]?.isNull == true)
        #expect(root["name"]?.isNull == false)
        #expect(root["tags"]?.array?.count == 1)
        #expect(root["owner"]?.object?.keys.first == "name")
        #expect(root["tags"]?[0]?.string == "a")
        #expect(root["tags"]?[1] == nil)
        #expect(root["tags"]?[-1] == nil)
        #expect(root["name"]?["x"] == nil)
    }

    @Test func scalarTextAndTypeName() {
        #expect(root["age"]?.scalarText == "3")
        #expect(root["good"]?.scalarText == "true")
        #expect(root["nothing"]?.scalarText == "null")
        #expect(root["tags"]?.scalarText == nil)
        #expect(["name", "age", "good", "nothing", "tags", "owner"].map { root[$0]?.typeName ?? "" }
            == ["string", "number", "boolean", "null", "array", "object"])
    }

    @Test func expectationsReturnTheValue() throws {
        #expect(try root["name"]?.expectString() == "Rex")
        #expect(try root["age"]?.expectInteger() == 3)
        #expect(try root["age"]?.expectNumber().literal == "3")
        #expect(try root["good"]?.expectBool() == true)
        #expect(try root["tags"]?.expectArray().count == 1)
        #expect(try root["owner"]?.expectObject().count == 1)
    }

    @Test func failedExpectationsAreLocatedErrors() {
        let expectations: [(String, (Node) throws -> Void)] = [
            ("/specs/test.yaml:2:6: error: expected a string at /age, found the number 3", { _ = try $0["age"]!.expectString() }),
            ("/specs/test.yaml:1:7: error: expected an integer at /name, found the string \"Rex\"", { _ = try $0["name"]!.expectInteger() }),
            ("/specs/test.yaml:5:7: error: expected an object at /tags, found an array", { _ = try $0["tags"]!.expectObject() }),
            ("/specs/test.yaml:4:10: error: expected a boolean at /nothing, found null", { _ = try $0["nothing"]!.expectBool() }),
            ("/specs/test.yaml:3:7: error: expected an array at /good, found the boolean true", { _ = try $0["good"]!.expectArray() }),
            ("/specs/test.yaml:6:8: error: expected a number at /owner, found an object", { _ = try $0["owner"]!.expectNumber() }),
        ]
        for (message, expectation) in expectations {
            let error = #expect(throws: SpecError.self) { try expectation(root) }
            #expect(error?.description == message)
        }
    }

    @Test func longStringsAreShortenedInMessages() throws {
        let node = try parseDocument("a: \(String(repeating: "x", count: 60))")
        let error = #expect(throws: SpecError.self) { try node["a"]!.expectNumber() }
        #expect(error?.message == "expected a number at /a, found the string \"\(String(repeating: "x", count: 40))…\"")
    }

    @Test func plainReferenceAllowsOnlyReferenceObjectFields() throws {
        let node = try parseDocument("""
            plain: {$ref: '#/a'}
            described: {$ref: '#/a', description: d, summary: s}
            extended: {$ref: '#/a', nullable: true}
            notString: {$ref: 5}
            """)
        #expect(node["plain"]?.isPlainReference == true)
        #expect(node["described"]?.isPlainReference == true)
        #expect(node["extended"]?.isPlainReference == false)
        #expect(node["extended"]?.reference == "#/a")
        #expect(node["notString"]?.isPlainReference == false)
        #expect(node["notString"]?.reference == nil)
    }
}
