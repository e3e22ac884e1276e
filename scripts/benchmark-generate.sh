#!/usr/bin/env bash
# Times `generator generate` (types, validators, client) end to end and stage by stage.
#
# Not part of CI (timings on shared machines are noisy, and the corpus lives beside the repository).
#
#   scripts/benchmark-generate.sh                 # corpus Stripe: JSON, YAML, and JSON replicated 2x and 4x
#   scripts/benchmark-generate.sh SPEC [RUNS]     # one spec
#
# For each spec it prints:
#   1. `generate` end to end, RUNS runs of /usr/bin/time: wall and CPU seconds, peak memory;
#   2. the median of each stage in-process: reading the spec into the node tree, building the model,
#      rendering the Swift (on every core), the validators' warnings (which `generate` works out beside the
#      rendering, timed alone here), writing a new output folder (staged, swapped in), the total, and
#      `rewrite`: replacing that folder again with the same files (found unchanged, nothing written).
#      A small throwaway package links the repository's sources for this, so that the product gains no
#      benchmark-only target; it takes the dependencies the repository vendors (Vendor/) or resolved (.build/checkouts).
# The YAML copy is the JSON converted with Python's yaml module; the replicas rename every schema and path
# (scripts/replicate-spec.py), so that 2x and 4x are one spec with 2 and 4 times as much to generate.
#
# Environment:
#   SPECWRIGHT_CORPUS_DIR   the corpus folder (default: ../shared/corpus beside the repository)
#   SPECWRIGHT_SCRATCH_DIR  where the throwaway package, the specs and the output go
#                           (default: /tmp/specwright-benchmark)
#   SPECWRIGHT_GENERATOR_PACKAGE
#                           the package the `generator` is built from (default: the repository)
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-benchmark}"
generator_package="${SPECWRIGHT_GENERATOR_PACKAGE:-$repository}"
runs="${2:-5}"
mkdir -p "$scratch/specs"

if (($# > 0)); then
    specs=("$(realpath "$1")")
else
    stripe="$corpus/stripe_spec3_2022-04.json"
    [[ -f "$stripe" ]] || { echo "error: $stripe does not exist (pass a spec, or set SPECWRIGHT_CORPUS_DIR)" >&2; exit 1; }
    python3 -c "import yaml" 2> /dev/null || { echo "error: Python's yaml module is missing: pip install pyyaml" >&2; exit 1; }
    echo "Writing the YAML copy and the replicas of $stripe ..."
    python3 "$repository/scripts/replicate-spec.py" "$stripe" 1 "$scratch/specs/stripe.yaml"
    python3 "$repository/scripts/replicate-spec.py" "$stripe" 2 "$scratch/specs/stripe-2x.json"
    python3 "$repository/scripts/replicate-spec.py" "$stripe" 4 "$scratch/specs/stripe-4x.json"
    specs=("$stripe" "$scratch/specs/stripe.yaml" "$scratch/specs/stripe-2x.json" "$scratch/specs/stripe-4x.json")
fi
for spec in "${specs[@]}"; do
    [[ -f "$spec" ]] || { echo "error: $spec does not exist" >&2; exit 1; }
done

echo "Building the generator (release) ..."
swift build -c release --product generator --package-path "$generator_package" > "$scratch/build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/build.log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$generator_package" --show-bin-path)/generator"

# The stage timer: a package whose targets are links to the repository's sources.
stages="$scratch/stages"
mkdir -p "$stages/Sources/GenerateStages"
for target in SpecwrightReader SpecwrightModel SpecwrightGenerator SpecwrightValidation; do
    ln -sfn "$repository/Sources/$target" "$stages/Sources/$target"
done
# `TemplateSet` finds the default templates relative to its own source file.
ln -sfn "$repository/Templates" "$stages/Templates"
# The dependencies the repository vendors or resolved, by path (no network, the same versions), else by URL.
dependency() {
    local vendored="$generator_package/Vendor/$1" checkout="$generator_package/.build/checkouts/$1"
    if [[ -d "$vendored" ]]; then echo ".package(path: \"$vendored\")"
    elif [[ -d "$checkout" ]]; then echo ".package(path: \"$checkout\")"
    else echo ".package(url: \"$2\", from: \"$3\")"; fi
}
cat > "$stages/Package.swift" <<PACKAGE
// swift-tools-version:6.0
// Written by scripts/benchmark-generate.sh: times each stage of \`generate\` on one spec.
import PackageDescription
let package = Package(
    name: "SpecwrightBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [
        $(dependency Yams https://github.com/jpsim/Yams 6.2.2),
        $(dependency swift-mustache https://github.com/hummingbird-project/swift-mustache 2.1.1),
        $(dependency swift-collections https://github.com/apple/swift-collections 1.6.0),
    ],
    targets: [
        .target(name: "SpecwrightValidation"),
        .target(name: "SpecwrightReader", dependencies: ["Yams", .product(name: "OrderedCollections", package: "swift-collections")]),
        .target(name: "SpecwrightModel", dependencies: ["SpecwrightReader", .product(name: "OrderedCollections", package: "swift-collections")]),
        .target(name: "SpecwrightGenerator", dependencies: [
            "SpecwrightModel", "SpecwrightReader", "SpecwrightValidation", .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "OrderedCollections", package: "swift-collections"),
        ]),
        .executableTarget(name: "GenerateStages", dependencies: ["SpecwrightReader", "SpecwrightModel", "SpecwrightGenerator"]),
    ]
)
PACKAGE
cat > "$stages/Sources/GenerateStages/main.swift" <<'SWIFT'
// Times each stage of `generate` in-process; prints the median and minimum of each over the runs.
import Foundation
import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader

let path = CommandLine.arguments[1]
let output = URL(fileURLWithPath: CommandLine.arguments[2])
let runs = Int(CommandLine.arguments[3]) ?? 5
let clock = ContinuousClock()
var stages: [(name: String, seconds: [Double])] = [("read", []), ("model", []), ("render", []), ("warnings", []), ("write", []), ("total", []), ("rewrite", [])]

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let renderer = SwiftRenderer(templates: try TemplateSet())
var summary = ""
for _ in 0..<runs {
    let start = clock.now
    let spec = try Spec.load(fileAt: path)
    let read = clock.now
    let model = try ModelBuilder.build(spec)
    let built = clock.now
    let files = try renderer.render(model, specLabel: "spec", moduleName: "Benchmark")
    let rendered = clock.now
    // `generate` works the validators' warnings out beside the rendering; timed alone here.
    let warnings = ValidatorDiagnostics.warnings(for: model)
    let warned = clock.now
    try? FileManager.default.removeItem(at: output)
    let cleared = clock.now
    try OutputDirectory.replace(output, with: files)
    let written = clock.now
    // Again, into the folder just written: found unchanged, nothing is written.
    try OutputDirectory.replace(output, with: files)
    let rewritten = clock.now
    for (index, duration) in [read - start, built - read, rendered - built, warned - rendered, written - cleared, written - start - (cleared - warned), rewritten - written].enumerated() {
        stages[index].seconds.append(seconds(duration))
    }
    summary = "\(model.types.count) top-level types, \(model.operations.count) operations, \(files.count) files, "
        + "\(files.reduce(0) { $0 + $1.contents.utf8.count } / 1024) KB of Swift, \(warnings.count) validator warnings"
}
print("  " + summary)
for stage in stages {
    let sorted = stage.seconds.sorted()
    print("  " + stage.name.padding(toLength: 8, withPad: " ", startingAt: 0)
        + String(format: "median %.3f s   min %.3f s", sorted[sorted.count / 2], sorted[0]))
}
SWIFT
echo "Building the stage timer (release) ..."
swift build -c release --package-path "$stages" --product GenerateStages > "$scratch/stages-build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/stages-build.log" >&2; exit 1; }
stage_timer="$(swift build -c release --package-path "$stages" --show-bin-path)/GenerateStages"

for spec in "${specs[@]}"; do
    echo
    echo "== $(basename "$spec") ($(du -h "$spec" | cut -f1)): generate, end to end ($runs runs; run 1 writes a new folder, the others find it unchanged)"
    rm -rf "$scratch/Output"
    for run in $(seq "$runs"); do
        /usr/bin/time -f "  run $run: %e s wall, %U s user + %S s system, %M KB peak" \
            "$generator" generate --quiet --spec "$spec" --output "$scratch/Output" --module Benchmark > /dev/null
    done
    echo "   stages, in-process ($runs runs)"
    "$stage_timer" "$spec" "$scratch/StageOutput" "$runs"
done
