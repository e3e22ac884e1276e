import Foundation
import SpecwrightReader
import SpecwrightTestSupport
import SpecwrightValidation
import Testing

@testable import SpecwrightServerValidation

@Suite struct RequestValidatorTests {
    static let validator = Result { try RequestValidator(spec: PaymentsSpec.spec()) }
    let requestID = ("X-Request-Id", "7c0e5bd4-3a86-4a4a-9f5b-0b7e7a9c3c11")

    private func validate(_ method: String, _ target: String, headers: [(String, String)] = [], body: String? = nil) throws -> RequestValidationResult {
        try Self.validator.get().validate(IncomingRequest(
            method: method, target: target, headers: headers.map { (name: $0.0, value: $0.1) }, body: body.map { Data($0.utf8) }))
    }

    private func pointers(_ result: RequestValidationResult) -> [String] {
        result.issues.map(\.instanceLocation)
    }

    @Test func validQueryHeaderAndCookieParameters() throws {
        let result = try validate(
            "GET", "/v2/payments?limit=10&status=open&status=settled&ids=1,2,3&filter%5BminAmount%5D=2.5&filter[currency]=EUR",
            headers: [requestID, ("Cookie", "theme=dark; session=abcdefgh1")])
        guard case .valid(let operation) = result else { Issue.record("expected valid, got \(result)"); return }
        #expect(operation.operationID == "listPayments")
        #expect(operation.pathTemplate == "/payments")
    }

    @Test func everyParameterIssueHasItsPointer() throws {
        let result = try validate(
            "GET", "/v2/payments?limit=500&status=pending&ids=1,x&filter[currency]=eur",
            headers: [("Cookie", "session=short")])
        #expect(pointers(result) == [
            "/query/limit", "/query/status/0", "/query/ids/1", "/query/filter/currency", "/header/X-Request-Id", "/cookie/session",
        ])
        #expect(result.issues.map(\.code.rawValue) == ["maximum", "enum", "type", "pattern", "required", "minLength"])
    }

    @Test func headerNamesMatchCaseInsensitivelyAndAcceptIsIgnored() throws {
        let result = try validate("GET", "/v2/payments", headers: [("x-request-id", "not-a-uuid")])
        #expect(pointers(result) == ["/header/X-Request-Id"])
        #expect(result.issues.first?.code == "format")
    }

    @Test func pathParametersAreTypedAndChecked() throws {
        guard case .valid(let operation) = try validate("GET", "/v2/payments/42") else { Issue.record("expected valid"); return }
        #expect(operation.operationID == "getPayment")
        #expect(operation.pathParameters == ["paymentId": "42"])
        #expect(pointers(try validate("GET", "/v2/payments/0")) == ["/path/paymentId"])
        #expect(try validate("GET", "/v2/payments/abc").issues.map(\.code) == ["type"])
    }

    @Test func concretePathsMatchBeforeTemplatedOnes() throws {
        guard case .valid(let operation) = try validate("GET", "/v2/payments/latest") else { Issue.record("expected valid"); return }
        #expect(operation.operationID == "latestPayment")
    }

    @Test func segmentsWithSeveralVariables() throws {
        guard case .valid(let operation) = try validate("GET", "/v2/payments/7/files/report.2024.pdf") else {
            Issue.record("expected valid"); return
        }
        #expect(operation.pathParameters == ["paymentId": "7", "name": "report.2024", "extension": "pdf"])
        #expect(pointers(try validate("GET", "/v2/payments/7/files/report.docx")) == ["/path/extension"])
    }

    @Test func matrixAndPipeDelimitedStyles() throws {
        #expect(try validate("GET", "/v2/payments/7/matrix;coordinates=1,2").issues.isEmpty)
        #expect(pointers(try validate("GET", "/v2/payments/7/matrix;coordinates=1,12")) == ["/path/coordinates/1"])
        #expect(pointers(try validate("DELETE", "/v2/payments/7?reasons=a|b|c")) == ["/query/reasons"])
    }

    @Test func percentEncodedPathSegmentsAreDecoded() throws {
        guard case .valid(let operation) = try validate("GET", "/v2/payments/7/files/annual%20report.csv") else {
            Issue.record("expected valid"); return
        }
        #expect(operation.pathParameters["name"] == "annual report")
    }

    @Test func unknownPathsAndMethodsAreNotJudged() throws {
        guard case .unknownPath = try validate("GET", "/v2/refunds") else { Issue.record("expected unknownPath"); return }
        guard case .unknownPath = try validate("GET", "/payments") else { Issue.record("outside the base path"); return }
        guard case .methodNotAllowed(let allowed) = try validate("PUT", "/v2/payments/42") else {
            Issue.record("expected methodNotAllowed"); return
        }
        #expect(allowed == ["DELETE", "GET"])
    }

    @Test func headFallsBackToGet() throws {
        guard case .valid(let operation) = try validate("HEAD", "/v2/payments/42") else { Issue.record("expected valid"); return }
        #expect(operation.method == "GET")
    }

    @Test func jsonBodyIssuesAreUnderBody() throws {
        let result = try validate(
            "POST", "/v2/payments", headers: [("Content-Type", "application/json; charset=utf-8")],
            body: #"{"amount": 0, "reference": "far too long a reference", "creditor": {"iban": "DE89370400440532013001", "email": "nobody"}}"#)
        #expect(pointers(result) == ["/body/amount", "/body/creditor/email", "/body/creditor/iban", "/body/reference"])
        #expect(result.issues.map(\.code.rawValue) == ["exclusiveMinimum", "format", "format", "maxLength"])
    }

    @Test func formBodyFieldsAreTypedByTheSchema() throws {
        let result = try validate(
            "POST", "/v2/payments", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: "amount=12.5&creditor=x")
        #expect(result.issues.map { "\($0.instanceLocation) \($0.code)" } == ["/body/creditor type"])
    }

    @Test func missingMalformedAndUndeclaredBodies() throws {
        #expect(try validate("POST", "/v2/payments").issues.map { "\($0.instanceLocation) \($0.code)" } == ["/body required"])
        #expect(try validate("POST", "/v2/payments", headers: [("Content-Type", "application/json")], body: "{\"amount\":")
            .issues.map { "\($0.instanceLocation) \($0.code)" } == ["/body syntax"])
        #expect(try validate("POST", "/v2/payments", headers: [("Content-Type", "text/plain")], body: "hello")
            .issues.map { "\($0.instanceLocation) \($0.code)" } == ["/header/Content-Type contentType"])
        #expect(try validate("POST", "/v2/payments", body: "{}")
            .issues.map { "\($0.instanceLocation) \($0.code)" } == ["/header/Content-Type contentType"])
    }

    @Test func explicitBasePaths() throws {
        let validator = try RequestValidator(spec: PaymentsSpec.spec(), options: .init(basePaths: [""]))
        guard case .valid = validator.validate(IncomingRequest(method: "GET", target: "/payments/42")) else {
            Issue.record("expected valid at the root"); return
        }
    }

    @Test func validatingByOperationID() throws {
        let result = try Self.validator.get().validate(IncomingRequest(method: "GET", target: "/v2/payments/0"), operationID: "getPayment")
        #expect(pointers(result) == ["/path/paymentId"])
    }

    @Test func aSchemaThatCannotCompileNamesItsLocation() throws {
        let spec = try Spec.load(text: """
            openapi: 3.1.0
            info: {title: Broken, version: '1'}
            paths:
              /things:
                get:
                  parameters:
                    - {name: code, in: query, schema: {type: string, pattern: '(unclosed'}}
            """, path: "broken.yaml")
        #expect {
            try RequestValidator(spec: spec)
        } throws: { error in
            "\(error)".contains("broken.yaml:7:") && "\(error)".contains("cannot be compiled")
        }
    }
}
