import Foundation
import SpecwrightReader
import SpecwrightReports
import SpecwrightTestSupport
import Testing
@testable import SpecwrightLint

@Suite struct LinterTests {
    static let duplicated = """
    paths:
      /a: {get: {operationId: list, responses: {"200": {description: ok}}}}
      /b: {get: {operationId: list, responses: {"200": {description: ok}}}}
    """

    @Test func configuredLevelsReplaceTheDefaultAndOffSilences() throws {
        let warning = try LintSnippet.findings(OperationIdUnique.self, Self.duplicated,
                                               settings: LintSettings(levels: ["operation-operationId-unique": .warning]))
        #expect(warning.map(\.level) == [.warning])
        let off = try LintSnippet.findings(OperationIdUnique.self, Self.duplicated,
                                           settings: LintSettings(disabledRules: ["operation-operationId-unique"]))
        #expect(off.isEmpty)
    }

    @Test func ignoresMatchRuleAndPointerGlob() throws {
        func findings(_ ignore: LintSettings.Ignore) throws -> [Finding] {
            try LintSnippet.findings(OperationIdUnique.self, Self.duplicated, settings: LintSettings(ignores: [ignore]))
        }
        #expect(try findings(.init(rule: "operation-operationId-unique", pointer: "/paths/*/get/operationId", spec: nil)).isEmpty)
        #expect(try findings(.init(rule: "operation-operationId-unique", pointer: "/paths/**", spec: "/snippets/spec.yaml")).isEmpty)
        #expect(try findings(.init(rule: "operation-operationId-unique", pointer: "/paths/~1a/**", spec: nil)).count == 1)
        #expect(try findings(.init(rule: "operation-operationId-unique", pointer: nil, spec: "/elsewhere.yaml")).count == 1)
        #expect(try findings(.init(rule: "tags-unique", pointer: nil, spec: nil)).count == 1)
    }

    @Test func everyReaderAndModelWarningHasARule() {
        let ids = Set(RuleCatalog.descriptions.map(\.id))
        for rule in DiagnosticRule.all {
            #expect(ids.contains(rule.rawValue), "no lint rule reports \(rule)")
        }
    }

    @Test func ruleIDsAreUniqueAndDescribed() {
        let descriptions = RuleCatalog.descriptions
        #expect(Set(descriptions.map(\.id)).count == descriptions.count)
        for description in descriptions {
            #expect(!description.shortDescription.isEmpty && !description.fullDescription.isEmpty && !description.help.isEmpty, "\(description.id)")
            #expect(description.id.allSatisfy { $0.isLowercase || $0.isNumber || "-.$".contains($0) } || description.id.contains("operationId"), "\(description.id)")
        }
    }
}
