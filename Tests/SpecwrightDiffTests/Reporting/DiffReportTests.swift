import SpecwrightDiff
import SpecwrightReports
import Testing

@Suite struct DiffReportTests {
    @Test func newSideIsTheFindingAndOldSideItsRelatedLocation() throws {
        let changes = try DiffFixtures.changes(
            old: DiffFixtures.request("{type: string, maxLength: 10}"), new: DiffFixtures.request("{type: string, maxLength: 5}"))
        let report = DiffReport.make(changes, oldRevision: "origin/main", baseDirectory: "/specwright-diff-tests")
        let finding = try #require(report.findings.first)
        #expect(finding.rule == "max-length-changed" && finding.level == .error)
        #expect(finding.location == ReportLocation(file: DiffFixtures.newPath, line: 12, column: 47,
                                                   pointer: "/paths/~1items/post/requestBody/content/application~1json/schema/maxLength"))
        #expect(finding.relatedLocations.map(\.message) == ["old version (origin/main)"])
        #expect(finding.relatedLocations.first?.location.file == DiffFixtures.oldPath)
        #expect(ReportFormat.text.write(report) == "new.yaml:12:47: error: request body (`application/json`) of `POST /items`: "
            + "`maxLength` decreased from 10 to 5 (old version (origin/main): old.yaml:12:47) [max-length-changed]\n")
        #expect(report.rules.count == CheckCatalog.all.count)
    }

    @Test func levelsMapToReportLevels() {
        #expect(ChangeLevel.breaking.findingLevel == .error)
        #expect(ChangeLevel.warning.findingLevel == .warning)
        #expect(ChangeLevel.info.findingLevel == .note)
    }
}
