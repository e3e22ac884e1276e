#!/usr/bin/env bash
# The official JSON Schema test suite (draft 2020-12, required tests) through generated code: every test
# group's schema becomes a component of one OpenAPI 3.1 document (scripts/suite_generated.py), the generator
# writes Swift for it, the Swift is compiled, and every test's data goes through `validated(from:)` of the
# component's type (or, for a schema whose type is an alias such as `JSONValue`, its generated validator in
# `ComponentSchemas.validators`). Prints the pass rate, each failing test, and the groups left out and why.
#
#   scripts/suite-generated.sh
#
# Environment: SPECWRIGHT_SUITE_DIR (default ../shared/json-schema-test-suite/tests/draft2020-12),
# SPECWRIGHT_SCRATCH_DIR (default /tmp/specwright-suite-generated).
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${SPECWRIGHT_SUITE_DIR:-$repository/../shared/json-schema-test-suite/tests/draft2020-12}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-suite-generated}"

if [[ ! -d "$suite" ]]; then
    echo "error: test suite folder $suite does not exist (set SPECWRIGHT_SUITE_DIR)" >&2
    exit 1
fi

mkdir -p "$scratch/Sources/SuiteRunner"
python3 "$repository/scripts/suite_generated.py" "$suite" "$scratch"

echo "Building the generator (release) ..."
swift build -c release --product generator --package-path "$repository" > "$scratch/generator.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/generator.log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"
"$generator" generate --quiet --spec "$scratch/openapi.json" --output "$scratch/Sources/Suite" --module Suite

rm -rf "$scratch/Sources/SpecwrightValidation"
ln -s "$repository/Sources/SpecwrightValidation" "$scratch/Sources/SpecwrightValidation"
cat > "$scratch/Package.swift" <<'PACKAGE'
// swift-tools-version:6.0
// Written by scripts/suite-generated.sh.
import PackageDescription
let package = Package(
    name: "SpecwrightSuiteGenerated",
    platforms: [.macOS(.v14)],
    targets: [
        .target(name: "SpecwrightValidation"),
        .target(name: "Suite", dependencies: ["SpecwrightValidation"]),
        .executableTarget(name: "SuiteRunner", dependencies: ["Suite", "SpecwrightValidation"]),
    ]
)
PACKAGE
cat > "$scratch/Sources/SuiteRunner/main.swift" <<'RUNNER'
import Foundation
import SpecwrightValidation
import Suite

struct Case: Decodable {
    var schema: String
    var group: String
    var description: String
    var data: String
    var valid: Bool
}

let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1])))
var passed = 0
var validatorPassed = 0
var throughTypes = 0
for test in cases {
    let data = Data(test.data.utf8)
    let check = ComponentSchemas.validators[test.schema]!
    let validatorAccepts = JSONValidationContext.issues(of: try JSONValue(parsing: data), check).isEmpty
    if validatorAccepts == test.valid { validatorPassed += 1 }
    let accepted: Bool
    if let type = ComponentSchemas.types[test.schema] as? any Validatable.Type {
        throughTypes += 1
        accepted = (try? type.validated(from: data)) != nil
    } else {
        accepted = validatorAccepts
    }
    if accepted == test.valid {
        passed += 1
    } else {
        let why = validatorAccepts == test.valid ? " (the validator agrees; the generated type cannot hold the value)" : ""
        print("FAIL \(test.group) / \(test.description): \(test.data) expected \(test.valid ? "valid" : "invalid")\(why)")
    }
}
print("\(passed)/\(cases.count) tests pass through validated(from:) (\(throughTypes) through a generated type, the rest through the generated validator of an alias)")
print("\(validatorPassed)/\(cases.count) tests pass through the generated validators alone (formats are asserted, as by the dynamic validator with assertFormats)")
RUNNER

echo "Compiling the generated code ..."
swift build -c release --package-path "$scratch" --product SuiteRunner > "$scratch/build.log" 2>&1 \
    || { grep -m 10 "error:" "$scratch/build.log" >&2; exit 1; }
"$(swift build -c release --package-path "$scratch" --show-bin-path)/SuiteRunner" "$scratch/cases.json"
echo
echo "Groups left out:"
sed 's/^/    /' "$scratch/left-out.txt"
