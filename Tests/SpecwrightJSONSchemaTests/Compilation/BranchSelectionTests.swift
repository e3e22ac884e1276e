import Testing

@testable import SpecwrightJSONSchema
import SpecwrightValidation

/// `anyOf`/`oneOf` dispatch on a property the branches require and restrict: only the branches it selects are
/// evaluated, and the verdict and issues are those of evaluating every branch.
struct BranchSelectionTests {
    /// Six message kinds by `$ref`, OpenAI style; `assistant` does not require `role`, so it stays open.
    private let messages = #"""
        {
          "oneOf": [
            {"$ref": "#/$defs/System"}, {"$ref": "#/$defs/User"}, {"$ref": "#/$defs/Assistant"},
            {"$ref": "#/$defs/Tool"}, {"allOf": [{"$ref": "#/$defs/Base"}, {"properties": {"role": {"const": "function"}}}]},
            {"type": "string"}
          ],
          "discriminator": {"propertyName": "role"},
          "$defs": {
            "Role": {"type": "string", "enum": ["system", "developer"]},
            "System": {"type": "object", "required": ["role", "content"], "properties": {"role": {"$ref": "#/$defs/Role"}, "content": {"type": "string"}}},
            "User": {"type": "object", "required": ["role", "content"], "properties": {"role": {"enum": ["user", 3]}, "content": {"type": "string"}}},
            "Assistant": {"type": "object", "required": ["content"], "properties": {"role": {"const": "assistant"}, "content": {"type": ["string", "null"]}}},
            "Tool": {"type": "object", "required": ["role", "tool_call_id"], "properties": {"role": {"const": "tool"}, "tool_call_id": {"type": "string"}}},
            "Base": {"type": "object", "required": ["role", "name"], "properties": {"name": {"type": "string"}}}
          }
        }
        """#

    private func branchSelector(_ schema: String, keyword: String = "oneOf") throws -> BranchSelector? {
        let document = try JSONValue(parsing: schema)
        let registry = SchemaRegistry(resolver: nil, assertFormats: false)
        let settings: DialectSettings
        if case .string(let uri)? = document["$schema"] {
            settings = try registry.settings(forSchemaURI: uri)
        } else {
            settings = DialectSettings(dialect: .draft2020_12, vocabularies: .standard, assertsFormats: false)
        }
        let root = try registry.addDocument(document, uri: "urn:test", settings: settings, readsSchemaKeyword: false)
        let count = document[keyword]?.arrayValue?.count ?? 0
        return BranchSelection(registry: registry).selector(
            for: (0..<count).map { root.appending(keyword, String($0)) }, discriminator: document["discriminator"]?["propertyName"]?.stringValue)
    }

    private func object(_ text: String) throws -> [String: JSONValue] {
        try #require(try JSONValue(parsing: text).objectValue)
    }

    @Test func selectsTheBranchesThatAllowTheValue() throws {
        let selector = try #require(try branchSelector(messages))
        #expect(selector.property == "role")
        // Assistant (2) and the string branch (5) do not require a restricted role: always evaluated.
        #expect(selector.branches(for: try object(#"{"role": "user"}"#)) == [1, 2, 5])
        #expect(selector.branches(for: try object(#"{"role": "developer"}"#)) == [0, 2, 5])
        #expect(selector.branches(for: try object(#"{"role": "function"}"#)) == [2, 4, 5])
        #expect(selector.branches(for: try object(#"{"role": "moderator"}"#)) == [2, 5])
        #expect(selector.branches(for: try object(#"{"content": "hi"}"#)) == [2, 5])
        // `User` allows the number 3: a value that is not a string evaluates every branch.
        #expect(selector.branches(for: try object(#"{"role": 3}"#)) == nil)
    }

    @Test func verdictsMatchEvaluatingEachBranchAlone() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: messages))
        let document = try JSONValue(parsing: messages)
        let branches = try (0..<6).map { index -> JSONSchemaValidator in
            guard case .object(var members) = document else { throw JSONSchemaError(schemaLocation: "", message: "not an object") }
            members["oneOf"] = nil
            members["allOf"] = .array([document["oneOf"]![index]!])
            return try JSONSchemaValidator(schema: .object(members))
        }
        let roles = [nil, "system", "developer", "user", "assistant", "tool", "function", "moderator", "3", "null"]
        let extras = ["", #", "content": "hi""#, #", "content": null"#, #", "tool_call_id": "c1""#, #", "name": "f""#, #", "content": "hi", "name": "f""#]
        var checked = 0
        for role in roles {
            for extra in extras {
                let roleMember = role.map { ["3", "null"].contains($0) ? #""role": \#($0)"# : #""role": "\#($0)""# } ?? #""x": 0"#
                let instance = try JSONValue(parsing: "{\(roleMember)\(extra)}")
                let matching = branches.filter { $0.isValid(instance) }.count
                #expect(validator.isValid(instance) == (matching == 1), "\(instance)")
                #expect(validator.validate(instance).isEmpty == (matching == 1), "\(instance)")
                checked += 1
            }
        }
        #expect(checked == roles.count * extras.count)
    }

    @Test func issuesAreThoseOfTheFullEvaluation() throws {
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: messages))
        let issues = validator.validate(try JSONValue(parsing: #"{"role": "tool"}"#))
        // Tool and Assistant are the branches selected; five branches admit an object, so no branch is singled
        // out for its issues: only the keyword's own, as without dispatch.
        #expect(issues.map(\.code.rawValue) == ["oneOf"])
        #expect(issues.first?.schemaLocation == "/oneOf")
        let assistant = validator.validate(try JSONValue(parsing: #"{"role": "assistant", "content": "hi", "tool_call_id": "c"}"#))
        #expect(assistant.isEmpty)
    }

    @Test func draft7RefIgnoresItsSiblings() throws {
        // In draft-07 the `required`/`properties` beside `$ref` are ignored: they must not restrict the branch.
        let schema = #"""
            {
              "$schema": "http://json-schema.org/draft-07/schema#",
              "oneOf": [
                {"$ref": "#/definitions/Any", "required": ["kind"], "properties": {"kind": {"const": "a"}}},
                {"required": ["kind"], "properties": {"kind": {"const": "b"}}},
                {"required": ["kind"], "properties": {"kind": {"const": "c"}}}
              ],
              "definitions": {"Any": {"type": "object"}}
            }
            """#
        let selector = try #require(try branchSelector(schema))
        #expect(selector.branches(for: try object(#"{"kind": "b"}"#)) == [0, 1])
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: schema))
        #expect(!validator.isValid(try JSONValue(parsing: #"{"kind": "b"}"#)))  // Any and the second branch both match
        #expect(validator.isValid(try JSONValue(parsing: #"{"kind": "z"}"#)))  // only Any
    }

    @Test func draft4HasNoConstAndOpenAPINullableFallsBack() throws {
        let draft4 = #"""
            {"$schema": "http://json-schema.org/draft-04/schema#",
             "anyOf": [{"required": ["kind"], "properties": {"kind": {"const": "a"}}}, {"required": ["kind"], "properties": {"kind": {"const": "b"}}}]}
            """#
        #expect(try branchSelector(draft4, keyword: "anyOf") == nil)
        let nullable = #"""
            {"oneOf": [
              {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["a"], "nullable": true}}},
              {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["b"]}}}
            ]}
            """#
        let validator = try JSONSchemaValidator(schema: try JSONValue(parsing: nullable), options: .init(dialect: .openAPI3_0))
        #expect(validator.isValid(try JSONValue(parsing: #"{"kind": null}"#)))
        #expect(validator.isValid(try JSONValue(parsing: #"{"kind": "b"}"#)))
        #expect(!validator.isValid(try JSONValue(parsing: #"{"kind": "c"}"#)))
    }

    @Test func fewerThanTwoRestrictedBranchesNeedNoSelector() throws {
        let schema = #"{"anyOf": [{"required": ["kind"], "properties": {"kind": {"const": "a"}}}, {"type": "string"}]}"#
        #expect(try branchSelector(schema, keyword: "anyOf") == nil)
    }
}
