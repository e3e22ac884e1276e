import Testing

@testable import SpecwrightClient

@Suite struct StructuredFieldTests {
    @Test(arguments: [
        ("a=1,    b=2;x=1;y=2,   c=(a   b   c)", "a=1, b=2;x=1;y=2, c=(a b c)"),
        ("sig1=(\"@method\" \"@path\");created=1618884473;keyid=\"k\"", "sig1=(\"@method\" \"@path\");created=1618884473;keyid=\"k\""),
        ("a, b;x, c=?0", "a, b;x, c=?0"),
        ("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:", "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"),
        ("t=tok/en:1, d=-1.50, s=\"q\\\"uo\\\\te\"", "t=tok/en:1, d=-1.5, s=\"q\\\"uo\\\\te\""),
        ("a=1, a=2", "a=2"),
    ])
    func dictionariesSerializeCanonically(_ text: String, _ canonical: String) throws {
        #expect(StructuredField.serialize(try StructuredField.parseDictionary(text)) == canonical)
    }

    @Test(arguments: ["a=", "a=1,", "A=1", "a=(1 2", "a=\"unterminated", "a=:not base64!:", "a=1 b=2", "a=?2",
                      "a=\"tab\there\"", "a=1234567890123456", "a=1.2345"])
    func malformedDictionariesThrow(_ text: String) {
        #expect(throws: StructuredField.ParseError.self) { try StructuredField.parseDictionary(text) }
    }

    @Test func listsAndItems() throws {
        #expect(StructuredField.serialize(try StructuredField.parseList("sugar,   tea, (rum  gin);p")) == "sugar, tea, (rum gin);p")
        #expect(StructuredField.serialize(try StructuredField.parseItem("\"text\";a=1")) == "\"text\";a=1")
        #expect(throws: StructuredField.ParseError.self) { try StructuredField.parseItem("a, b") }
    }
}
