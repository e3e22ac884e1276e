import Foundation
import SpecwrightJSONSchema
import SpecwrightTestSupport
import SpecwrightValidation
import XCTest

/// Runs the official JSON-Schema-Test-Suite (../shared/json-schema-test-suite): every required test must pass;
/// optional and optional/format pass rates are printed.
final class JSONSchemaTestSuiteTests: XCTestCase {
    /// Required tests allowed to fail, as "draft/file: group / test", each with the reason. Keep empty.
    static let knownFailures: Set<String> = []

    private struct Outcome {
        var passed = 0
        var failures: [String] = []
        var total: Int { passed + failures.count }
    }

    func testDraft2020_12() throws {
        try run(draft: "draft2020-12", dialect: .draft2020_12)
    }

    func testDraft7() throws {
        try run(draft: "draft7", dialect: .draft7)
    }

    func testDraft4() throws {
        try run(draft: "draft4", dialect: .draft4)
    }

    private func run(draft: String, dialect: JSONSchemaDialect) throws {
        guard let suite = try TestPaths.shared("json-schema-test-suite") else {
            throw XCTSkip("the JSON Schema test suite is absent")
        }
        let resolver = Self.remotesResolver(suite.appendingPathComponent("remotes"))
        let tests = suite.appendingPathComponent("tests").appendingPathComponent(draft)
        let verbose = ProcessInfo.processInfo.environment["JSON_SCHEMA_SUITE_VERBOSE"] == "1"

        let required = try runFiles(in: tests, draft: draft, dialect: dialect, assertFormats: false, resolver: resolver)
        let optional = try runFiles(in: tests.appendingPathComponent("optional"), draft: draft, dialect: dialect, assertFormats: false, resolver: resolver)
        let format = try runFiles(
            in: tests.appendingPathComponent("optional/format"), draft: draft, dialect: dialect, assertFormats: true, resolver: resolver)

        print("JSON-Schema-Test-Suite \(draft) required: \(required.passed)/\(required.total) passed")
        print("JSON-Schema-Test-Suite \(draft) optional: \(optional.passed)/\(optional.total) passed")
        print("JSON-Schema-Test-Suite \(draft) optional/format: \(format.passed)/\(format.total) passed")
        if verbose {
            for failure in optional.failures + format.failures { print("  optional failure: \(failure)") }
        }
        XCTAssertGreaterThan(required.total, 0, "no required tests found in \(tests.path)")
        for failure in required.failures where !Self.knownFailures.contains(failure) {
            XCTFail("required test failed: \(failure)")
        }
    }

    private func runFiles(
        in directory: URL, draft: String, dialect: JSONSchemaDialect, assertFormats: Bool,
        resolver: @escaping JSONSchemaValidator.Resolver
    ) throws -> Outcome {
        var outcome = Outcome()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        for file in files {
            let groups = try JSONValue(parsing: Data(contentsOf: directory.appendingPathComponent(file)))
            for group in groups.arrayValue ?? [] {
                let groupName = "\(draft)/\(file): \(group["description"]?.stringValue ?? "?")"
                let schema = group["schema"] ?? .null
                let options = JSONSchemaValidator.Options(
                    dialect: schema["$schema"] == nil ? dialect : nil, assertFormats: assertFormats, resolver: resolver)
                let validator: JSONSchemaValidator?
                var compileError = ""
                do {
                    validator = try JSONSchemaValidator(schema: schema, options: options)
                } catch {
                    validator = nil
                    compileError = "\(error)"
                }
                for test in group["tests"]?.arrayValue ?? [] {
                    let name = "\(groupName) / \(test["description"]?.stringValue ?? "?")"
                    let expected = test["valid"]?.boolValue ?? false
                    let instance = test["data"] ?? .null
                    guard let validator else {
                        outcome.failures.append("\(name) (schema did not compile: \(compileError))")
                        continue
                    }
                    let fast = validator.isValid(instance)
                    let issues = validator.validate(instance)
                    if fast == expected && issues.isEmpty == expected {
                        outcome.passed += 1
                    } else {
                        outcome.failures.append("\(name) (expected \(expected ? "valid" : "invalid"); isValid \(fast), issues \(issues))")
                    }
                }
            }
        }
        return outcome
    }

    /// Serves `http://localhost:1234/...` from the suite's `remotes` folder, as the suite's README asks.
    private static func remotesResolver(_ remotes: URL) -> JSONSchemaValidator.Resolver {
        let prefix = "http://localhost:1234/"
        return { url in
            let address = url.absoluteString
            guard address.hasPrefix(prefix) else { return nil }
            let file = remotes.appendingPathComponent(String(address.dropFirst(prefix.count)))
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            return try JSONValue(parsing: Data(contentsOf: file))
        }
    }
}
