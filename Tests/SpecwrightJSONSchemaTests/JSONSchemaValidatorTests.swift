import Foundation
import SpecwrightJSONSchema
import SpecwrightValidation
import XCTest

final class JSONSchemaValidatorTests: XCTestCase {
    private func validator(_ schema: String, _ options: JSONSchemaValidator.Options = .init()) throws -> JSONSchemaValidator {
        try JSONSchemaValidator(schema: try JSONValue(parsing: schema), options: options)
    }

    private func issues(_ schema: String, _ instance: String, _ options: JSONSchemaValidator.Options = .init()) throws -> [ValidationIssue] {
        let validator = try validator(schema, options)
        let instance = try JSONValue(parsing: instance)
        let issues = validator.validate(instance)
        XCTAssertEqual(validator.isValid(instance), issues.isEmpty, "isValid and validate disagree")
        return issues
    }

    private func summary(_ issues: [ValidationIssue]) -> [String] {
        issues.map { "\($0.code) \($0.instanceLocation) \($0.schemaLocation)" }
    }

    func testCollectsEveryIssueWithCodesAndLocations() throws {
        let schema = #"""
            {
              "type": "object",
              "required": ["id", "name"],
              "additionalProperties": false,
              "properties": {
                "id": {"type": "string", "pattern": "^[0-9]+$"},
                "kind": {"enum": ["a", "b"]},
                "tags": {"type": "array", "items": {"type": "string", "minLength": 2}},
                "address": {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}
              }
            }
            """#
        let found = try issues(schema, #"{"id": "x1", "kind": "c", "tags": ["ok", "x", 3], "address": {}, "extra": true}"#)
        XCTAssertEqual(
            summary(found),
            [
                "required  /required",
                "required /address /properties/address/required",
                "additionalProperties /extra /additionalProperties",
                "pattern /id /properties/id/pattern",
                "enum /kind /properties/kind/enum",
                "minLength /tags/1 /properties/tags/items/minLength",
                "type /tags/2 /properties/tags/items/type",
            ])
        XCTAssertTrue(found[0].message.contains("\"name\""), found[0].message)
    }

    func testRequiredIfRuleReportsTheInnerRequired() throws {
        let schema = #"""
            {"if": {"properties": {"type": {"const": "business"}}, "required": ["type"]},
             "then": {"required": ["companyName"]},
             "dependentRequired": {"iban": ["bic"]}}
            """#
        XCTAssertEqual(
            summary(try issues(schema, #"{"type": "business", "iban": "DE"}"#)),
            ["dependentRequired  /dependentRequired/iban", "required  /then/required"])
        XCTAssertEqual(try issues(schema, #"{"type": "private"}"#), [])
    }

    func testAlternativesReportTheirKeywordAndThePlausibleBranch() throws {
        let schema = #"{"oneOf": [{"type": "null"}, {"type": "object", "required": ["a"]}]}"#
        XCTAssertEqual(summary(try issues(schema, "{}")), ["required  /oneOf/1/required", "oneOf  /oneOf"])
        XCTAssertEqual(summary(try issues(#"{"oneOf": [{}, true]}"#, "1")), ["oneOf  /oneOf"])
        XCTAssertEqual(summary(try issues(#"{"anyOf": [{"type": "string"}, {"type": "integer"}]}"#, "1.5")), ["anyOf  /anyOf"])
        XCTAssertEqual(summary(try issues(#"{"not": {"type": "string"}}"#, #""s""#)), ["not  /not"])
    }

    func testJSONSchemaSemanticsNotSwiftOnes() throws {
        // Lengths count code points: one emoji is 1, "e" + combining accent is 2.
        XCTAssertEqual(try issues(#"{"maxLength": 1}"#, #""😀""#), [])
        XCTAssertEqual(summary(try issues(#"{"maxLength": 1}"#, #""e\u0301""#)), ["maxLength  /maxLength"])
        // enum/const compare code points, numbers by value, objects regardless of key order.
        XCTAssertEqual(summary(try issues(#"{"const": "\u00e9"}"#, #""e\u0301""#)), ["const  /const"])
        XCTAssertEqual(try issues(#"{"enum": [1, {"a": 1, "b": [2.0]}]}"#, #"{"b": [2], "a": 1.0}"#), [])
        XCTAssertEqual(try issues(#"{"type": "integer"}"#, "1.0"), [])
        XCTAssertEqual(summary(try issues(#"{"enum": [false]}"#, "0")), ["enum  /enum"])
    }

    func testMultipleOfIsExactForDecimals() throws {
        let cents = try validator(#"{"multipleOf": 0.01}"#)
        for amount in ["19.99", "0.3", "1e2", "123456789.01", "-0.07"] {
            XCTAssertTrue(cents.isValid(try JSONValue(parsing: amount)), amount)
        }
        for amount in ["19.999", "0.001", "1e-3"] {
            XCTAssertFalse(cents.isValid(try JSONValue(parsing: amount)), amount)
        }
        XCTAssertTrue(try validator(#"{"multipleOf": 0.5}"#).isValid(try JSONValue(parsing: "1e308")))
        XCTAssertFalse(try validator(#"{"multipleOf": 0.123456789}"#).isValid(try JSONValue(parsing: "1e308")))
    }

    func testFormatsAreAnnotationsUnlessAsserted() throws {
        let schema = #"{"type": "string", "format": "date-time"}"#
        XCTAssertEqual(try issues(schema, #""yesterday""#), [])
        XCTAssertEqual(summary(try issues(schema, #""yesterday""#, .init(assertFormats: true))), ["format  /format"])
        XCTAssertEqual(try issues(schema, #""2024-05-01T10:15:30Z""#, .init(assertFormats: true)), [])
        XCTAssertEqual(try issues(#"{"format": "no-such-format"}"#, #""x""#, .init(assertFormats: true)), [])
        XCTAssertEqual(summary(try issues(#"{"format": "iban"}"#, #""DE00""#, .init(assertFormats: true))), ["format  /format"])
    }

    func testDialectsFromSchemaKeywordOrOption() throws {
        XCTAssertEqual(try validator(#"{"$schema": "http://json-schema.org/draft-04/schema#"}"#).dialect, .draft4)
        XCTAssertEqual(try validator(#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#).dialect, .draft7)
        XCTAssertEqual(try validator("{}").dialect, .draft2020_12)
        XCTAssertEqual(try validator(#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#, .init(dialect: .draft4)).dialect, .draft4)

        // Draft 4: boolean exclusiveMaximum; `$ref` overrides its siblings.
        let draft4 = JSONSchemaValidator.Options(dialect: .draft4)
        XCTAssertEqual(summary(try issues(#"{"maximum": 5, "exclusiveMaximum": true}"#, "5", draft4)), ["maximum  /maximum"])
        XCTAssertEqual(try issues(##"{"definitions": {"a": {}}, "$ref": "#/definitions/a", "type": "string"}"##, "1", draft4), [])
        // 2020-12: `$ref` is one keyword among others.
        XCTAssertEqual(summary(try issues(##"{"$defs": {"a": {}}, "$ref": "#/$defs/a", "type": "string"}"##, "1")), ["type  /type"])
    }

    func testOpenAPI30Nullable() throws {
        let options = JSONSchemaValidator.Options(dialect: .openAPI3_0)
        let schema = #"{"type": "string", "enum": ["a"], "nullable": true}"#
        XCTAssertEqual(try issues(schema, "null", options), [])
        XCTAssertEqual(summary(try issues(schema, "1", options)), ["type  /type", "enum  /enum"])
        XCTAssertEqual(summary(try issues(#"{"type": "string"}"#, "null", options)), ["type  /type"])
    }

    func testRemoteReferencesGoThroughTheResolver() throws {
        let options = JSONSchemaValidator.Options(resolver: { url in
            url.absoluteString == "https://example.test/money.json"
                ? ["type": "object", "required": ["currency"], "properties": ["currency": ["pattern": "^[A-Z]{3}$"]]] : nil
        })
        let schema = #"{"properties": {"price": {"$ref": "https://example.test/money.json"}}}"#
        XCTAssertEqual(
            summary(try issues(schema, #"{"price": {"currency": "eur"}}"#, options)),
            ["pattern /price/currency https://example.test/money.json#/properties/currency/pattern"])
        XCTAssertThrowsError(try validator(#"{"$ref": "https://example.test/missing.json"}"#, options)) { error in
            XCTAssertTrue("\(error)".contains("cannot resolve $ref https://example.test/missing.json"), "\(error)")
        }
        // The official meta-schemas are built in.
        let meta = try validator(#"{"$ref": "https://json-schema.org/draft/2020-12/schema"}"#)
        XCTAssertTrue(meta.isValid(["type": "string"]))
        XCTAssertFalse(meta.isValid(["type": 5]))
    }

    func testMalformedSchemasAreErrorsNamingTheLocation() {
        let cases = [
            (#"{"properties": {"a": {"pattern": "("}}}"#, "/properties/a/pattern"),
            (#"{"type": "strin"}"#, "/type"),
            (#"{"minLength": -1}"#, "/minLength"),
            (#"{"items": 3}"#, "/items"),
            (##"{"$ref": "#/$defs/missing"}"##, ""),
        ]
        for (schema, location) in cases {
            XCTAssertThrowsError(try validator(schema), schema) { error in
                XCTAssertEqual((error as? JSONSchemaError)?.schemaLocation, location, "\(schema): \(error)")
            }
        }
    }

    func testDeepNestingGivesAVerdictNotACrash() throws {
        var deep = JSONValue.array([])
        for _ in 0..<10_000 { deep = .array([deep]) }
        let recursive = try validator(##"{"items": {"$ref": "#"}}"##)
        XCTAssertFalse(recursive.isValid(deep))
        XCTAssertEqual(recursive.validate(deep).last?.code, "depth")
        XCTAssertTrue(try validator(#"{"type": "array"}"#).isValid(deep))

        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertThrowsError(try JSONValue(parsing: text))
        let parsed = try JSONValue(parsing: text, maximumDepth: 10_000)
        XCTAssertEqual(recursive.validate(parsed).last?.code, "depth")

        // A schema that refers to itself without consuming the instance.
        let loop = try validator(##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
        XCTAssertEqual(loop.validate(1).map(\.code), ["depth"])
    }

    func testNestedAlternativesOnDeepInvalidInstancesStayTractable() throws {
        var deep = JSONValue.string("leaf")
        for _ in 0..<300 { deep = .array([deep]) }
        // Two recursive alternatives per level take time exponential in the depth: the budget stops them.
        let twoWays = try validator(
            ##"{"$defs": {"t": {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/t"}}, {"type": "array", "items": {"$ref": "#/$defs/t"}, "minItems": 1}]}}, "$ref": "#/$defs/t"}"##,
            .init(maximumEvaluations: 100_000))
        XCTAssertEqual(twoWays.validate(deep).map(\.code), ["evaluationBudget"])
        XCTAssertFalse(twoWays.isValid(deep))
        XCTAssertTrue(twoWays.isValid([[[]]]))
        // One plausible branch per level: its issues are reported, down to the leaf.
        let oneWay = try validator(##"{"anyOf": [{"type": "array", "items": {"$ref": "#"}}, {"type": "integer"}]}"##)
        let found = oneWay.validate(deep)
        XCTAssertEqual(Set(found.map(\.code)), ["anyOf"])
        XCTAssertEqual(found.count, 301)
        XCTAssertEqual(found.last?.instanceLocation, String(repeating: "/0", count: 300))
    }

    func testHugeInputsAreHandled() throws {
        let megabyte = JSONValue.string(String(repeating: "a", count: 1_000_000) + "é")
        XCTAssertEqual(summary(try validator(#"{"maxLength": 1000000}"#).validate(megabyte)), ["maxLength  /maxLength"])
        XCTAssertTrue(try validator(#"{"pattern": "^a+é$", "minLength": 1000001}"#).isValid(megabyte))

        let numbers = JSONValue.array((0..<100_000).map { .number(JSONNumber($0)) })
        let unique = try validator(#"{"items": {"type": "integer", "minimum": 0}, "uniqueItems": true}"#)
        XCTAssertTrue(unique.isValid(numbers))
        let duplicated = JSONValue.array(numbers.arrayValue! + [.number(JSONNumber(4.0))])
        XCTAssertEqual(summary(unique.validate(duplicated)), ["uniqueItems  /uniqueItems"])
        XCTAssertTrue(unique.validate(duplicated)[0].message.contains("items 4 and 100000"))
    }

    func testCatastrophicPatternDoesNotHang() throws {
        let validator = try validator(#"{"pattern": "^(a+)+$"}"#)
        XCTAssertFalse(validator.isValid(.string(String(repeating: "a", count: 5_000) + "!")))
    }

    func testValidatorIsUsableFromManyTasks() async throws {
        let validator = try validator(#"{"type": "object", "required": ["a"], "properties": {"a": {"pattern": "^x"}}}"#)
        let verdicts = await withTaskGroup(of: (Int, Bool).self) { group in
            for index in 0..<8 {
                group.addTask {
                    (index, (0..<1_000).allSatisfy { _ in validator.isValid(["a": index.isMultiple(of: 2) ? "xy" : "yx"]) })
                }
            }
            var verdicts = [Bool](repeating: false, count: 8)
            for await (index, verdict) in group { verdicts[index] = verdict }
            return verdicts
        }
        XCTAssertEqual(verdicts, [true, false, true, false, true, false, true, false])
    }
}
