import Testing
@testable import SpecwrightLint

@Suite struct ExampleRuleTests {
    static func response(_ media: String) -> String {
        """
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
        \(media)
        """
    }

    @Test func exampleValueOrExternalValue() throws {
        let flagged = Self.response("""
                      schema: {type: string}
                      examples: {one: {value: a, externalValue: "https://acme.com/a.json"}}
        """)
        #expect(try LintSnippet.lines(ExampleValueOrExternalValue.self, flagged) == ["12:31: example has both `value` and `externalValue`"])
        #expect(try LintSnippet.lines(ExampleValueOrExternalValue.self, flagged.replacingOccurrences(of: ", externalValue: \"https://acme.com/a.json\"", with: "")).isEmpty)
    }

    @Test func exampleBesideExamples() throws {
        let flagged = Self.response("""
                      schema: {type: string}
                      example: a
                      examples: {one: {value: b}}
        """)
        #expect(try LintSnippet.lines(ExampleBesideExamples.self, flagged) == ["12:15: `example` and `examples` are both given; OpenAPI allows one"])
        #expect(try LintSnippet.lines(ExampleBesideExamples.self, flagged.replacingOccurrences(of: "              example: a\n", with: "")).isEmpty)
    }

    @Test func mediaExampleValid() throws {
        let flagged = Self.response("""
                      schema:
                        type: object
                        required: [iban]
                        properties: {iban: {type: string, format: iban}, country: {type: string, format: country}}
                      examples:
                        wrongCheckDigits: {value: {iban: DE00370400440532013000, country: DE}}
                        notACountry: {value: {iban: DE89370400440532013000, country: XX}}
        """)
        let lines = try LintSnippet.lines(MediaExampleValid.self, flagged)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("16:43: example 'wrongCheckDigits' does not match its schema: at /iban:") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("17:38: example 'notACountry' does not match its schema: at /country:") == true, "\(lines)")
        let passed = flagged.replacingOccurrences(of: "DE00", with: "DE89").replacingOccurrences(of: "country: XX", with: "country: FR")
        #expect(try LintSnippet.lines(MediaExampleValid.self, passed).isEmpty)
    }

    @Test func schemaExampleValid() throws {
        let flagged = "components:\n  schemas:\n    Day: {type: string, format: date, example: \"2024-02-30\"}\n"
        let lines = try LintSnippet.lines(SchemaExampleValid.self, flagged)
        #expect(lines.count == 1 && lines[0].hasPrefix("5:48: example does not match its schema:"), "\(lines)")
        #expect(try LintSnippet.lines(SchemaExampleValid.self, flagged.replacingOccurrences(of: "02-30", with: "02-29")).isEmpty)
    }

    @Test func schemaExampleValidInOpenAPI30() throws {
        let flagged = "components:\n  schemas:\n    Amount: {type: integer, minimum: 1, nullable: true, example: 0}\n"
        #expect(try LintSnippet.lines(SchemaExampleValid.self, flagged, version: "3.0.3").count == 1)
        #expect(try LintSnippet.lines(SchemaExampleValid.self, flagged.replacingOccurrences(of: "example: 0", with: "example: null"), version: "3.0.3").isEmpty)
    }

    @Test func schemaDefaultValid() throws {
        let flagged = "components:\n  schemas:\n    Currency: {type: string, pattern: \"^[A-Z]{3}$\", default: eur}\n"
        let lines = try LintSnippet.lines(SchemaDefaultValid.self, flagged)
        #expect(lines.count == 1 && lines[0].hasPrefix("5:62: default does not match its schema:"), "\(lines)")
        #expect(try LintSnippet.lines(SchemaDefaultValid.self, flagged.replacingOccurrences(of: "default: eur", with: "default: EUR")).isEmpty)
    }
}
