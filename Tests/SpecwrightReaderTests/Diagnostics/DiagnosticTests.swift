import Testing
@testable import SpecwrightReader

@Suite struct DiagnosticTests {
    let location = SourceLocation(file: "/specs/a.yaml", line: 3, column: 7)

    @Test func formatsLikeACompiler() {
        #expect(SpecError("bad", at: location).description == "/specs/a.yaml:3:7: error: bad")
        #expect(Diagnostic.warning("assumed", rule: .yamlTagIgnored, at: location).description == "/specs/a.yaml:3:7: warning: assumed")
    }

    @Test func withoutALocation() {
        #expect(SpecError("out of memory", at: nil).description == "error: out of memory")
    }
}
