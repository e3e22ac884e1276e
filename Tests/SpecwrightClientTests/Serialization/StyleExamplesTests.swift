import Testing

@testable import SpecwrightClient

/// OpenAPI's "Style Examples" table: `color` as empty, the string `blue`, the array `[blue, black, brown]`
/// and the object `{R: 100, G: 200, B: 150}`, for every style and explode.
@Suite struct StyleExamplesTests {
    struct RGB: Encodable {
        var R = 100, G = 200, B = 150
    }

    let empty = ParameterNode.scalar("")
    let string = try! ParameterEncoder.encode("blue")
    let array = try! ParameterEncoder.encode(["blue", "black", "brown"])
    let object = try! ParameterEncoder.encode(RGB())

    @Test func objectMembersKeepTheirOrder() {
        #expect(object == .object([.init(name: "R", value: .scalar("100")), .init(name: "G", value: .scalar("200")), .init(name: "B", value: .scalar("150"))]))
    }

    @Test func matrix() throws {
        func path(_ node: ParameterNode, _ explode: Bool) throws -> String {
            try ParameterSerializer.path("color", node, style: .matrix, explode: explode)
        }
        #expect(try path(empty, false) == ";color")
        #expect(try path(string, false) == ";color=blue")
        #expect(try path(array, false) == ";color=blue,black,brown")
        #expect(try path(object, false) == ";color=R,100,G,200,B,150")
        #expect(try path(empty, true) == ";color")
        #expect(try path(string, true) == ";color=blue")
        #expect(try path(array, true) == ";color=blue;color=black;color=brown")
        #expect(try path(object, true) == ";R=100;G=200;B=150")
    }

    @Test func label() throws {
        func path(_ node: ParameterNode, _ explode: Bool) throws -> String {
            try ParameterSerializer.path("color", node, style: .label, explode: explode)
        }
        #expect(try path(empty, false) == ".")
        #expect(try path(string, false) == ".blue")
        // RFC 6570 `{.color}`, as OpenAPI 3.1.1 corrected the table (3.0.3 printed `.blue.black.brown`).
        #expect(try path(array, false) == ".blue,black,brown")
        #expect(try path(object, false) == ".R,100,G,200,B,150")
        #expect(try path(string, true) == ".blue")
        #expect(try path(array, true) == ".blue.black.brown")
        #expect(try path(object, true) == ".R=100.G=200.B=150")
    }

    @Test func simple() throws {
        func path(_ node: ParameterNode, _ explode: Bool) throws -> String {
            try ParameterSerializer.path("color", node, style: .simple, explode: explode)
        }
        #expect(try path(string, false) == "blue")
        #expect(try path(array, false) == "blue,black,brown")
        #expect(try path(object, false) == "R,100,G,200,B,150")
        #expect(try path(string, true) == "blue")
        #expect(try path(array, true) == "blue,black,brown")
        #expect(try path(object, true) == "R=100,G=200,B=150")
        #expect(try ParameterSerializer.header("X-Color", object, explode: true) == "R=100,G=200,B=150")
        #expect(try ParameterSerializer.header("X-Color", array, explode: false) == "blue,black,brown")
    }

    @Test func form() throws {
        func query(_ node: ParameterNode, _ explode: Bool) throws -> String {
            try ParameterSerializer.query("color", node, style: .form, explode: explode).joined(separator: "&")
        }
        #expect(try query(empty, false) == "color=")
        #expect(try query(string, false) == "color=blue")
        #expect(try query(array, false) == "color=blue,black,brown")
        #expect(try query(object, false) == "color=R,100,G,200,B,150")
        #expect(try query(empty, true) == "color=")
        #expect(try query(string, true) == "color=blue")
        #expect(try query(array, true) == "color=blue&color=black&color=brown")
        #expect(try query(object, true) == "R=100&G=200&B=150")
    }

    @Test func spaceAndPipeDelimited() throws {
        #expect(try ParameterSerializer.query("color", array, style: .spaceDelimited, explode: false) == ["color=blue%20black%20brown"])
        #expect(try ParameterSerializer.query("color", object, style: .spaceDelimited, explode: false) == ["color=R%20100%20G%20200%20B%20150"])
        // The table's `|`, percent-encoded because RFC 3986 does not allow it in a query.
        #expect(try ParameterSerializer.query("color", array, style: .pipeDelimited, explode: false) == ["color=blue%7Cblack%7Cbrown"])
        #expect(try ParameterSerializer.query("color", object, style: .pipeDelimited, explode: false) == ["color=R%7C100%7CG%7C200%7CB%7C150"])
        // Exploded, both are written as `form`.
        #expect(try ParameterSerializer.query("color", array, style: .pipeDelimited, explode: true) == ["color=blue", "color=black", "color=brown"])
        #expect(throws: ParameterSerializationError.self) {
            try ParameterSerializer.query("color", string, style: .pipeDelimited, explode: false)
        }
    }

    @Test func deepObject() throws {
        // The table's `color[R]=100&color[G]=200&color[B]=150`, brackets percent-encoded.
        #expect(try ParameterSerializer.query("color", object, style: .deepObject, explode: true)
            == ["color%5BR%5D=100", "color%5BG%5D=200", "color%5BB%5D=150"])
        #expect(throws: ParameterSerializationError(parameter: "color", reason: .unsupportedShape(style: .deepObject, shape: "an array"))) {
            try ParameterSerializer.query("color", array, style: .deepObject, explode: true)
        }
    }

    @Test func cookies() throws {
        #expect(try ParameterSerializer.cookie("color", string, explode: true) == ["color=blue"])
        #expect(try ParameterSerializer.cookie("color", array, explode: false) == ["color=blue,black,brown"])
        #expect(try ParameterSerializer.cookie("color", array, explode: true) == ["color=blue", "color=black", "color=brown"])
        #expect(try ParameterSerializer.cookie("color", .scalar("a b;c"), explode: true) == ["color=a%20b%3Bc"])
    }

    @Test func stylesOutsideTheirLocationAreErrors() {
        #expect(throws: ParameterSerializationError(parameter: "color", reason: .styleNotAllowed(.form, location: "path"))) {
            try ParameterSerializer.path("color", string, style: .form, explode: false)
        }
        #expect(throws: ParameterSerializationError(parameter: "color", reason: .styleNotAllowed(.matrix, location: "query"))) {
            try ParameterSerializer.query("color", string, style: .matrix, explode: false)
        }
    }

    @Test func nestedValuesAreErrorsNotGuesses() {
        struct Nested: Encodable { var inner = RGB() }
        #expect(throws: ParameterSerializationError.self) {
            try ParameterSerializer.query("color", try ParameterEncoder.encode(Nested()), style: .form, explode: true)
        }
    }
}
