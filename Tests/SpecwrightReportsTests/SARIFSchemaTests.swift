import Foundation
import SpecwrightJSONSchema
import SpecwrightReports
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

/// The SARIF output validates against the official SARIF 2.1.0 JSON schema, with the project's own validator.
@Suite struct SARIFSchemaTests {
    @Test func sarifValidatesAgainstTheOfficialSchema() throws {
        guard let schemaURL = try TestPaths.shared("reference/sarif-schema-2.1.0.json") else { return }
        let validator = try JSONSchemaValidator(schemaData: try Data(contentsOf: schemaURL), options: .init(assertFormats: true))
        let empty = Report(tool: ReportFixture.report.tool, rules: ReportFixture.rules, findings: [])
        for report in [ReportFixture.report, empty] {
            let issues = validator.validate(try JSONValue(parsing: Data(ReportFormat.sarif.write(report).utf8)))
            #expect(issues.isEmpty, "\(issues)")
        }
    }

    @Test func theSchemaRejectsABrokenLog() throws {
        guard let schemaURL = try TestPaths.shared("reference/sarif-schema-2.1.0.json") else { return }
        let validator = try JSONSchemaValidator(schemaData: try Data(contentsOf: schemaURL), options: .init(assertFormats: true))
        let broken = ReportFormat.sarif.write(ReportFixture.report).replacingOccurrences(of: "\"level\" : \"warning\"", with: "\"level\" : \"serious\"")
        #expect(!validator.isValid(try JSONValue(parsing: Data(broken.utf8))))
    }
}
