import Testing
@testable import SpecwrightLint

@Suite struct PathRuleTests {
    static let ok = #"responses: {"200": {description: ok}}"#

    @Test func pathParameterDeclared() throws {
        let flagged = "paths:\n  /pets/{id}: {get: {\(Self.ok)}}\n"
        #expect(try LintSnippet.lines(PathParameterDeclared.self, flagged) == ["4:21: path parameter `id` of `/pets/{id}` is not declared; assumed a required string"])
        let passed = "paths:\n  /pets/{id}: {get: {parameters: [{name: id, in: path, required: true, schema: {type: string}}], \(Self.ok)}}\n"
        #expect(try LintSnippet.lines(PathParameterDeclared.self, passed).isEmpty)
    }

    @Test func pathParameterRequired() throws {
        let flagged = "paths:\n  /pets/{id}: {get: {parameters: [{name: id, in: path, schema: {type: string}}], \(Self.ok)}}\n"
        #expect(try LintSnippet.findings(PathParameterRequired.self, flagged).map(\.rule) == ["path-param-required"])
        #expect(try LintSnippet.findings(PathParameterRequired.self, flagged.replacingOccurrences(of: "in: path,", with: "in: path, required: true,")).isEmpty)
    }

    @Test func pathParameterUsed() throws {
        let flagged = "paths:\n  /pets/{id}: {get: {parameters: [{name: id, in: path, required: true, schema: {type: string}}, {name: petId, in: path, required: true, schema: {type: string}}], \(Self.ok)}}\n"
        #expect(try LintSnippet.lines(PathParameterUsed.self, flagged) == ["4:97: path parameter `petId` of GET /pets/{id} is not in the path template"])
        let passed = "paths:\n  /pets/{id}: {get: {parameters: [{name: id, in: path, required: true, schema: {type: string}}], \(Self.ok)}}\n"
        #expect(try LintSnippet.lines(PathParameterUsed.self, passed).isEmpty)
    }

    @Test func pathDeclarationsNamed() throws {
        #expect(try LintSnippet.lines(PathDeclarationsNamed.self, "paths:\n  /a/{id}/b/{id}: {}\n  /c/{}: {}\n") == [
            "4:3: path `/a/{id}/b/{id}` uses the parameter `{id}` twice",
            "5:3: path `/c/{}` has an unnamed parameter `{}`",
        ])
        #expect(try LintSnippet.lines(PathDeclarationsNamed.self, "paths:\n  /a/{id}/b/{bId}: {}\n").isEmpty)
    }

    @Test func pathsNotIdentical() throws {
        #expect(try LintSnippet.lines(PathsNotIdentical.self, "paths:\n  /pets/{id}: {}\n  /pets/{petId}: {}\n") == [
            "5:3: path `/pets/{petId}` is identical to `/pets/{id}` but for parameter names",
        ])
        #expect(try LintSnippet.lines(PathsNotIdentical.self, "paths:\n  /pets/{id}: {}\n  /pets/{id}/toys: {}\n").isEmpty)
    }

    @Test func pathsNotAmbiguous() throws {
        #expect(try LintSnippet.lines(PathsNotAmbiguous.self, "paths:\n  /{entity}/me: {}\n  /users/{id}: {}\n") == [
            "5:3: path `/users/{id}` and `/{entity}/me` both match some requests, and neither is more specific",
        ])
        // `/users/me` is more specific than `/users/{id}` in every segment: routers agree.
        #expect(try LintSnippet.lines(PathsNotAmbiguous.self, "paths:\n  /users/me: {}\n  /users/{id}: {}\n").isEmpty)
    }

    @Test func pathNoTrailingSlash() throws {
        #expect(try LintSnippet.lines(PathNoTrailingSlash.self, "paths:\n  /pets/: {}\n") == ["4:3: path `/pets/` ends with a slash"])
        #expect(try LintSnippet.lines(PathNoTrailingSlash.self, "paths:\n  /: {}\n  /pets: {}\n").isEmpty)
    }

    @Test func pathNoQuery() throws {
        #expect(try LintSnippet.lines(PathNoQuery.self, "paths:\n  /pets?limit=10: {}\n") == ["4:3: path `/pets?limit=10` contains a query string"])
        #expect(try LintSnippet.lines(PathNoQuery.self, "paths:\n  /pets: {}\n").isEmpty)
    }
}
