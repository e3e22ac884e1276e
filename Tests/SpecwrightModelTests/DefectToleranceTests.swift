import SpecwrightModel
import SpecwrightReader
import Testing

/// Published specs have small defects; where the intent is clear the model is built with a located warning.
struct DefectToleranceTests {
    private func build(_ yaml: String) throws -> APIModel {
        try ModelBuilder.build(try Spec.load(text: yaml, path: "/defects/spec.yaml"))
    }

    private func warnings(_ model: APIModel) -> [String] {
        model.diagnostics.filter { $0.severity == .warning }.map(\.description)
    }

    @Test func undeclaredPathParameterIsAssumedARequiredString() throws {
        let model = try build("""
        openapi: 3.0.1
        info: {title: T, version: "1"}
        paths:
          /customers/{customerId}:
            get:
              operationId: get-customer
              responses:
                "200": {description: OK}
        """)
        let parameter = try #require(model.operations.first?.parameters.first)
        #expect(parameter.name == "customerId" && parameter.location == .path && parameter.isRequired)
        #expect(parameter.type == .string)
        #expect(warnings(model) == [
            "/defects/spec.yaml:6:7: warning: path parameter `customerId` of `/customers/{customerId}` is not declared; assumed a required string",
        ])
    }

    @Test func discriminatorWithoutPropertyNameFallsBackToTryingEachCase() throws {
        let model = try build("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]
              discriminator: {mapping: {cat: '#/components/schemas/Cat'}}
            Cat: {type: object, properties: {meows: {type: boolean}}}
            Dog: {type: object, properties: {barks: {type: boolean}}}
        """)
        let pet = try #require(model.types.first { $0.name == "Pet" })
        guard case .union(let union) = pet.kind else { Issue.record("Pet is not a union"); return }
        #expect(union.discriminatorProperty == nil)
        #expect(union.cases.map(\.swiftName) == ["cat", "dog"])
        #expect(warnings(model).contains { $0.hasPrefix("/defects/spec.yaml:8:22: warning: discriminator has no `propertyName`") })
    }

    @Test func requiredNameMissingFromPropertiesIsKeptForValidation() throws {
        let model = try build("""
        openapi: 3.1.0
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Account:
              type: object
              required: [id, iban]
              properties:
                id: {type: string}
        """)
        #expect(model.schemas["Account"]?.required == ["id", "iban"])
        #expect(warnings(model).contains { $0.contains("`required` names `iban`, which is not in `properties`") })
    }

    @Test func misplacedExamplesUnderContentAreSkipped() throws {
        let model = try build("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths:
          /ping:
            get:
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema: {type: string}
                    examples:
                      pong: {value: pong}
        """)
        let contents = try #require(model.operations.first?.responses.first?.contents)
        #expect(contents.map(\.mediaType) == ["application/json"])
        #expect(warnings(model).contains { $0.contains("`examples` is not a media type") })
    }

    @Test func keysBesideAParameterRefAreIgnored() throws {
        let model = try build("""
        openapi: 3.0.0
        info: {title: T, version: "1"}
        paths:
          /accounts:
            parameters:
              - $ref: "#/components/parameters/tenant"
                type: string
            get:
              responses:
                "200": {description: OK}
        components:
          parameters:
            tenant: {name: tenant, in: header, required: true, schema: {type: string}}
        """)
        #expect(model.operations.first?.parameters.map(\.name) == ["tenant"])
        #expect(warnings(model).contains { $0.contains("keys beside `$ref: #/components/parameters/tenant` are ignored") })
    }

    @Test func unquotedNumbersInAStringEnumAreReadAsText() throws {
        let model = try build("""
        openapi: 3.0.3
        info: {title: T, version: 1.0}
        paths: {}
        components:
          schemas:
            ApiVersion:
              type: string
              enum: [1, "2"]
        """)
        let version = try #require(model.types.first { $0.name == "ApiVersion" })
        guard case .stringEnumeration(let enumeration) = version.kind else { Issue.record("not a string enum"); return }
        #expect(enumeration.cases.map(\.rawValue) == ["1", "2"])
        #expect(warnings(model) == [
            "/defects/spec.yaml:8:14: warning: enum value 1 of a string schema is not a string; read as \"1\" (quote it)",
        ])
        #expect(model.version == "1.0")
    }

    @Test func int64BoundWrittenAsAFloatIsReadAsAnInteger() throws {
        let model = try build("""
        openapi: 3.0.3
        info: {title: T, version: "1"}
        paths: {}
        components:
          schemas:
            Amount:
              type: integer
              format: int64
              minimum: -9.223372036854776e+18
              maximum: 9.223372036854776e+18
        """)
        let amount = try #require(model.schemas["Amount"])
        #expect(amount.minimum?.value.integerValue == .min)
        #expect(amount.maximum?.value.integerValue == .max)
        #expect(warnings(model) == [
            "/defects/spec.yaml:9:16: warning: integer bound -9.223372036854776e+18 is written as a float; assumed -9223372036854775808",
            "/defects/spec.yaml:10:16: warning: integer bound 9.223372036854776e+18 is written as a float; assumed 9223372036854775807",
        ])
    }

    /// revolut_business writes six date rules as prose bounds; every one is reported in the same run.
    @Test func proseBoundsAreIgnoredWithOneWarningEach() throws {
        let model = try build("""
        openapi: 3.0.1
        info: {title: T, version: "1"}
        paths:
          /transactions:
            get:
              operationId: getTransactions
              parameters:
                - {name: from, in: query, schema: {type: string, format: date-time, minimum: "'created_at' - 21 days"}}
                - {name: to, in: query, schema: {type: string, format: date-time, maximum: now + 7 days}}
              responses:
                "200": {description: OK}
        components:
          schemas:
            Schedule:
              type: object
              properties:
                period: {type: string, minimum: P1D, exclusiveMaximum: P7D}
                count: {type: integer, minimum: 1, maximum: many, minLength: [1]}
        """)
        #expect(warnings(model) == [
            "/defects/spec.yaml:17:41: warning: `minimum` is `P1D`, not a number; the constraint is ignored",
            "/defects/spec.yaml:17:64: warning: `exclusiveMaximum` is `P7D`, not a number; the constraint is ignored",
            "/defects/spec.yaml:18:53: warning: `maximum` is `many`, not a number; the constraint is ignored",
            "/defects/spec.yaml:18:70: warning: `minLength` is an array, not a number; the constraint is ignored",
            "/defects/spec.yaml:8:86: warning: `minimum` is `'created_at' - 21 days`, not a number; the constraint is ignored",
            "/defects/spec.yaml:9:84: warning: `maximum` is `now + 7 days`, not a number; the constraint is ignored",
        ])
        #expect(model.diagnostics.allSatisfy { $0.rule == .schemaKeywordNumber })
        let schedule = try #require(model.schemas["Schedule"])
        let count = try #require(schedule.properties["count"])
        #expect(count.minimum?.value.integerValue == 1 && count.maximum == nil && count.minLength == nil)
        #expect(count.otherKeywords["maximum"]?.string == "many")
        #expect(schedule.properties["period"]?.maximum == nil)
    }

    @Test func swaggerTwoIsRefusedWithAClearError() throws {
        #expect(throws: SpecError.self) { try build("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n") }
    }
}
