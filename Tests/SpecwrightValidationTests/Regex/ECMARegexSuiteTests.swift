import Foundation
import SpecwrightTestSupport
import Testing

@testable import SpecwrightValidation

/// The pattern-related files of the official JSON Schema test suite, evaluated with just the keywords they use
/// (`pattern`, `patternProperties`, `additionalProperties`, `type`, `maximum`, `format: regex`), so that the
/// regex engine is tested on its own, before the dynamic validator is involved.
@Suite struct ECMARegexSuiteTests {
    @Test(arguments: [
        "pattern.json", "patternProperties.json", "optional/non-bmp-regex.json", "optional/format/regex.json",
        "optional/format/ecmascript-regex.json",
    ])
    func passesEveryTest(_ file: String) throws {
        guard let results = try runSuiteFile(file) else { return }
        for result in results where !result.passed {
            Issue.record("\(file): \(result.name)")
        }
        #expect(!results.isEmpty)
    }

    /// Some engines cannot pass all of this file; report the rate, and fail below the level reached.
    @Test func ecmascriptRegexFile() throws {
        guard let results = try runSuiteFile("optional/ecmascript-regex.json") else { return }
        let passed = results.filter(\.passed).count
        print("JSON Schema test suite, draft2020-12 optional/ecmascript-regex.json: \(passed)/\(results.count) passed")
        for result in results where !result.passed { print("  failed: \(result.name)") }
        #expect(results.count >= 70)
        #expect(passed == results.count)
    }

    @Test(arguments: ["draft7", "draft4"])
    func olderDraftsAgree(_ draft: String) throws {
        guard let results = try runSuiteFile("optional/ecmascript-regex.json", draft: draft) else { return }
        let passed = results.filter(\.passed).count
        print("JSON Schema test suite, \(draft) optional/ecmascript-regex.json: \(passed)/\(results.count) passed")
        #expect(passed == results.count)
    }
}

private struct SuiteResult {
    var name: String
    var passed: Bool
}

private func runSuiteFile(_ file: String, draft: String = "draft2020-12") throws -> [SuiteResult]? {
    guard let url = try TestPaths.shared("json-schema-test-suite/tests/\(draft)/\(file)") else { return nil }
    let groups = try JSONDecoder().decode([SuiteGroup].self, from: Data(contentsOf: url))
    return try groups.flatMap { group in
        try group.tests.map { test in
            let valid = try SchemaEvaluator.isValid(test.data, against: group.schema)
            return SuiteResult(name: "\(group.description) / \(test.description)", passed: valid == test.valid)
        }
    }
}

private struct SuiteGroup: Decodable {
    var description: String
    var schema: SuiteJSON
    var tests: [SuiteTest]
}

private struct SuiteTest: Decodable {
    var description: String
    var data: SuiteJSON
    var valid: Bool
}

private indirect enum SuiteJSON: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SuiteJSON])
    case object([String: SuiteJSON])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([SuiteJSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: SuiteJSON].self))
        }
    }
}

/// Just enough of JSON Schema for the pattern files.
private enum SchemaEvaluator {
    struct UnexpectedKeyword: Error, CustomStringConvertible {
        var keyword: String
        var description: String { "the suite uses \(keyword), which this test does not evaluate" }
    }

    static func isValid(_ instance: SuiteJSON, against schema: SuiteJSON) throws -> Bool {
        switch schema {
        case .bool(let value): return value
        case .object(let keywords): return try keywords.allSatisfy { try check($0.key, $0.value, keywords, instance) }
        default: throw UnexpectedKeyword(keyword: "a non-schema value")
        }
    }

    private static func check(
        _ keyword: String, _ value: SuiteJSON, _ keywords: [String: SuiteJSON], _ instance: SuiteJSON
    ) throws -> Bool {
        switch (keyword, value) {
        case ("$schema", _), ("additionalProperties", _):
            return true
        case ("pattern", .string(let pattern)):
            guard case .string(let string) = instance else { return true }
            return try ECMARegex(pattern).matches(string)
        case ("patternProperties", .object(let patterns)):
            guard case .object(let properties) = instance else { return true }
            for (name, propertyValue) in properties {
                var matched = false
                for (pattern, subschema) in patterns where try ECMARegex(pattern).matches(name) {
                    matched = true
                    if try !isValid(propertyValue, against: subschema) { return false }
                }
                if !matched, let additional = keywords["additionalProperties"],
                    try !isValid(propertyValue, against: additional)
                {
                    return false
                }
            }
            return true
        case ("type", .string(let type)):
            return matches(type: type, instance)
        case ("maximum", .number(let maximum)):
            guard case .number(let number) = instance else { return true }
            return number <= maximum
        case ("format", .string("regex")):
            guard case .string(let string) = instance else { return true }
            do {
                try ECMARegex.validateSyntax(string)
                return true
            } catch {
                return error.isUnsupported
            }
        default:
            throw UnexpectedKeyword(keyword: keyword)
        }
    }

    private static func matches(type: String, _ instance: SuiteJSON) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            return true
        case ("integer", .number(let number)):
            return number.rounded() == number
        default:
            return false
        }
    }
}
