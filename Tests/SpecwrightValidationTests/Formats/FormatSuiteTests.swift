import Foundation
import SpecwrightTestSupport
import Testing

import SpecwrightValidation

/// Runs the string instances of the official JSON Schema test suite's optional format tests through
/// `FormatRegistry` and prints the pass rate per format. Unknown formats count as "ignored", which is right
/// exactly when the suite expects the instance to be valid.
@Suite struct FormatSuiteTests {
    struct Case {
        let format: String
        let instance: String
        let valid: Bool
        let description: String
    }

    static func cases(draft: String) throws -> [Case]? {
        guard let directory = try TestPaths.shared("json-schema-test-suite/tests/\(draft)/optional/format") else {
            return nil
        }
        var cases: [Case] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        for file in files {
            let data = try Data(contentsOf: directory.appendingPathComponent(file))
            let groups = try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            for group in groups {
                guard let schema = group["schema"] as? [String: Any], let format = schema["format"] as? String,
                    let tests = group["tests"] as? [[String: Any]]
                else { continue }
                for test in tests {
                    guard let instance = test["data"] as? String, let valid = test["valid"] as? Bool else { continue }
                    cases.append(Case(format: format, instance: instance, valid: valid, description: test["description"] as? String ?? ""))
                }
            }
        }
        return cases
    }

    @Test(arguments: ["draft2020-12", "draft7", "draft4"])
    func officialSuite(draft: String) throws {
        guard let cases = try Self.cases(draft: draft) else { return }
        var results: [String: (passed: Int, total: Int)] = [:]
        for testCase in cases {
            let verdict = FormatRegistry.isValid(testCase.instance, format: testCase.format)
            let passed = (verdict ?? true) == testCase.valid
            results[testCase.format, default: (0, 0)].total += 1
            if passed {
                results[testCase.format]!.passed += 1
            } else if verdict != nil {
                Issue.record("\(draft) \(testCase.format): \(testCase.instance.debugDescription) should be \(testCase.valid ? "valid" : "invalid") (\(testCase.description))")
            }
        }
        let passed = results.values.reduce(0) { $0 + $1.passed }
        print("format suite \(draft): \(passed)/\(cases.count) string instances")
        for (format, result) in results.sorted(by: { $0.key < $1.key }) {
            let known = FormatRegistry.checker(for: format) == nil ? " (unknown format: ignored)" : ""
            print("  \(format): \(result.passed)/\(result.total)\(known)")
        }
    }
}
