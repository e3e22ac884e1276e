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

    /// Extensions are kept unbuilt when read; one that holds a `$ref` is still walked, one without is skipped.
    @Test func componentsUsedOnlyFromAnExtensionAreUsed() throws {
        let body = """
        paths: {}
        x-data:
          - {schema: {$ref: "#/components/schemas/Used"}}
        x-other: [{name: Unused}]
        components:
          schemas:
            Used: {type: string}
            Unused: {type: string}
        """
        #expect(try LintSnippet.lines(ComponentsUnused.self, body) == ["10:5: components.schemas.Unused is never referenced"])
    }

    @Test func componentNamesValid() throws {
        #expect(try LintSnippet.lines(ComponentNamesValid.self, "components:\n  schemas:\n    Pet Owner: {type: string}\n") == [
            "5:5: components.schemas key `Pet Owner` has characters outside `a-zA-Z0-9.-_`",
        ])
        #expect(try LintSnippet.lines(ComponentNamesValid.self, "components:\n  schemas:\n    Pet.Owner_v2-x: {type: string}\n").isEmpty)
    }
}
