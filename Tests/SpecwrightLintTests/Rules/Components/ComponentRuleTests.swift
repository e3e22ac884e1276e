import Testing
@testable import SpecwrightLint

@Suite struct ComponentRuleTests {
    @Test func componentsUnused() throws {
        let body = """
        paths:
          /a: {get: {responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Used"}}}}}}}
        components:
          schemas:
            Used: {type: string}
            Unused: {type: string}
        """
        #expect(try LintSnippet.lines(ComponentsUnused.self, body) == ["8:5: components.schemas.Unused is never referenced"])
        #expect(try LintSnippet.lines(ComponentsUnused.self, body.replacingOccurrences(of: "    Unused: {type: string}", with: "")).isEmpty)
    }

    @Test func componentNamesValid() throws {
        #expect(try LintSnippet.lines(ComponentNamesValid.self, "components:\n  schemas:\n    Pet Owner: {type: string}\n") == [
            "5:5: components.schemas key `Pet Owner` has characters outside `a-zA-Z0-9.-_`",
        ])
        #expect(try LintSnippet.lines(ComponentNamesValid.self, "components:\n  schemas:\n    Pet.Owner_v2-x: {type: string}\n").isEmpty)
    }
}
