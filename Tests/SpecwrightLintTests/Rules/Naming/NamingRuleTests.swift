import Testing
@testable import SpecwrightLint

@Suite struct NamingRuleTests {
    @Test func schemaSwiftNameUnique() throws {
        #expect(try LintSnippet.lines(SchemaSwiftNameUnique.self, "components:\n  schemas:\n    customer_status: {type: string}\n    CustomerStatus: {type: string}\n") == [
            "6:5: schemas `customer_status` and `CustomerStatus` both become `CustomerStatus` in Swift; this one is named `CustomerStatus2`",
        ])
        #expect(try LintSnippet.lines(SchemaSwiftNameUnique.self, "components:\n  schemas:\n    CustomerStatus: {type: string}\n    Customer: {type: string}\n").isEmpty)
    }

    @Test func operationSwiftNameUnique() throws {
        let body = """
        paths:
          /a: {get: {operationId: get-customer, responses: {"200": {description: ok}}}}
          /b: {get: {operationId: getCustomer, responses: {"200": {description: ok}}}}
        """
        #expect(try LintSnippet.lines(OperationSwiftNameUnique.self, body) == ["5:27: GET /b and GET /a both become `GetCustomer` in Swift"])
        #expect(try LintSnippet.lines(OperationSwiftNameUnique.self, body.replacingOccurrences(of: "getCustomer", with: "listCustomers")).isEmpty)
    }

    @Test func swiftNameReadable() throws {
        #expect(try LintSnippet.lines(SwiftNameReadable.self, "components:\n  schemas:\n    \"200\": {type: string}\n    Zahlungsempfänger: {type: string}\n") == [
            "5:5: schema name `200` has no words, so its Swift name is `_200`",
            "6:5: schema name `Zahlungsempfänger` has letters outside ASCII, which Swift names drop or fold (`Zahlungsempfanger`)",
        ])
        #expect(try LintSnippet.lines(SwiftNameReadable.self, "components:\n  schemas:\n    PaymentResponse: {type: string}\n").isEmpty)
    }
}
