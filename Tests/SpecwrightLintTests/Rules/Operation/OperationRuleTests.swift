import Testing
@testable import SpecwrightLint

@Suite struct OperationRuleTests {
    @Test func operationIdUnique() throws {
        let flagged = try LintSnippet.lines(OperationIdUnique.self, """
        paths:
          /a: {get: {operationId: list, responses: {"200": {description: ok}}}}
          /b: {get: {operationId: list, responses: {"200": {description: ok}}}}
        """)
        #expect(flagged == ["5:27: operationId `list` of GET /b is already used by GET /a"])
        #expect(try LintSnippet.lines(OperationIdUnique.self, """
        paths:
          /a: {get: {operationId: listA, responses: {"200": {description: ok}}}}
          /b: {get: {operationId: listB, responses: {"200": {description: ok}}}}
        """).isEmpty)
    }

    @Test func operationIdURLSafe() throws {
        #expect(try LintSnippet.lines(OperationIdURLSafe.self, """
        paths:
          /a: {get: {operationId: "list customers", responses: {"200": {description: ok}}}}
        """) == ["4:27: operationId `list customers` of GET /a contains ` `, which is not URL-safe"])
        #expect(try LintSnippet.lines(OperationIdURLSafe.self, """
        paths:
          /a: {get: {operationId: list-customers_v2.1, responses: {"200": {description: ok}}}}
        """).isEmpty)
    }

    @Test func operationSuccessResponse() throws {
        #expect(try LintSnippet.lines(OperationSuccessResponse.self, """
        paths:
          /a:
            get:
              responses: {"404": {description: missing}}
        """) == ["6:7: GET /a has no 2xx or 3xx response"])
        #expect(try LintSnippet.lines(OperationSuccessResponse.self, """
        paths:
          /a: {get: {responses: {"302": {description: moved}}}}
        """).isEmpty)
    }

    @Test func operationTagDefined() throws {
        let body = """
        tags: [{name: Customers}]
        paths:
          /a: {get: {tags: [Customers, Acounts], responses: {"200": {description: ok}}}}
        """
        #expect(try LintSnippet.lines(OperationTagDefined.self, body) == ["5:32: tag `Acounts` of GET /a is not declared in the top-level `tags`"])
        #expect(try LintSnippet.lines(OperationTagDefined.self, body.replacingOccurrences(of: ", Acounts", with: "")).isEmpty)
    }

    @Test func operationParametersUnique() throws {
        let body = """
        paths:
          /a:
            get:
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
                - {name: limit, in: query, schema: {type: string}}
              responses: {"200": {description: ok}}
        """
        #expect(try LintSnippet.lines(OperationParametersUnique.self, body) == ["8:11: parameter `limit` in query is listed twice for GET /a"])
        #expect(try LintSnippet.lines(OperationParametersUnique.self, body.replacingOccurrences(of: "in: query, schema: {type: string}", with: "in: header, schema: {type: string}")).isEmpty)
    }

    @Test func contentKeyMediaType() throws {
        let body = """
        paths:
          /a:
            get:
              responses:
                "200":
                  description: ok
                  content:
                    schema: {type: string}
        """
        #expect(try LintSnippet.findings(ContentKeyMediaType.self, body).map(\.rule) == ["content-key-media-type"])
        #expect(try LintSnippet.findings(ContentKeyMediaType.self, body.replacingOccurrences(of: "schema: {type: string}", with: "application/json: {schema: {type: string}}")).isEmpty)
    }
}
