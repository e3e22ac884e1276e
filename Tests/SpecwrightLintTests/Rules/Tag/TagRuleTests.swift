import Testing
@testable import SpecwrightLint

@Suite struct TagRuleTests {
    @Test func tagsUnique() throws {
        #expect(try LintSnippet.lines(TagsUnique.self, "tags:\n  - name: Customers\n  - name: Customers\n") == ["5:11: tag `Customers` is declared twice"])
        #expect(try LintSnippet.lines(TagsUnique.self, "tags:\n  - name: Customers\n  - name: Accounts\n").isEmpty)
    }
}
