import Foundation
import SpecwrightReports
import Testing

@Suite struct ReportFormatTests {
    @Test func textIsOneCompilerStyleLinePerFindingSortedByFileAndPosition() {
        #expect(ReportFormat.text.write(ReportFixture.report) == """
        note: 50% done, a: b second line [format-known]
        specs/a.yaml:2:1: warning: earlier in the file [format-known]
        specs/a.yaml:12:20: error: operationId `list` of GET /b is already used by GET /a (first used here: specs/a.yaml:5:20) [operation-operationId-unique]
        specs/b.yaml:3:7: warning: format `date_time` is not known, so nothing checks it [format-known]

        """)
    }

    @Test func githubAnnotationsEscapeMessagesAndProperties() {
        let lines = ReportFormat.github.write(ReportFixture.report).split(separator: "\n")
        #expect(lines == [
            "::notice title=format-known::50%25 done, a: b%0Asecond line",
            "::warning file=specs/a.yaml,line=2,col=1,title=format-known::earlier in the file",
            "::error file=specs/a.yaml,line=12,col=20,title=operation-operationId-unique::operationId `list` of GET /b is already used by GET /a",
            "::warning file=specs/b.yaml,line=3,col=7,title=format-known::format `date_time` is not known, so nothing checks it",
        ])
    }

    @Test func jsonHasTheDocumentedStableShape() throws {
        let text = ReportFormat.json.write(ReportFixture.report)
        #expect(text == ReportFormat.json.write(ReportFixture.report))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["tool"] as? String == "specwright-lint")
        #expect(object["summary"] as? [String: Int] == ["error": 1, "warning": 2, "note": 1])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 4)
        let duplicate = findings[2]
        #expect(duplicate["rule"] as? String == "operation-operationId-unique")
        #expect(duplicate["level"] as? String == "error")
        #expect(duplicate["file"] as? String == "specs/a.yaml")
        #expect(duplicate["line"] as? Int == 12)
        #expect(duplicate["column"] as? Int == 20)
        #expect(duplicate["pointer"] as? String == "/paths/~1b/get/operationId")
        let related = try #require(duplicate["related"] as? [[String: Any]])
        #expect(related.first?["message"] as? String == "first used here")
        #expect(findings[0]["file"] == nil)
    }

    @Test func sarifNamesRulesLevelsAndRelativeLocations() throws {
        let text = ReportFormat.sarif.write(ReportFixture.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["operation-operationId-unique", "format-known"])
        #expect((rules[0]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect((rules[1]["help"] as? [String: Any])?["text"] as? String == "Fix the name.")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 4)
        #expect(results[2]["ruleIndex"] as? Int == 0)
        let physical = try #require(((results[2]["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "specs/a.yaml")
        #expect((physical["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "%SRCROOT%")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 12)
        #expect(((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])?["uri"] as? String == "file:///work/repo/")
    }

    @Test func levelsOrderErrorAboveWarningAboveNote() {
        #expect(FindingLevel.error > .warning && FindingLevel.warning > .note)
        #expect(ReportFixture.report.count(of: .warning) == 2)
    }
}
