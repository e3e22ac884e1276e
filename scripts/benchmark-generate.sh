#!/usr/bin/env bash
# Times `generator generate` on the largest corpus spec (Stripe, 4 MB of JSON), end to end and stage by stage.
#
# Not part of CI (timings on shared machines are noisy, and the corpus lives beside the repository).
#
#   scripts/benchmark-generate.sh                 # Stripe, 5 runs
#   scripts/benchmark-generate.sh SPEC [RUNS]     # any spec
#
# It prints:
#   1. `generate` end to end, with hyperfine when installed (apt-get install hyperfine), else a loop of
#      /usr/bin/time: read, model, render and the atomic write of the output folder;
#   2. the median of each stage in-process: reading the spec into the node tree (the parse the issue compares
#      against), building the model, rendering the Swift. A small throwaway package links the repository's
#      Reader, Model and Generator sources for this, so the product gains no benchmark-only target.
#
# Environment:
#   SPECWRIGHT_CORPUS_DIR   the corpus folder (default: ../shared/corpus beside the repository)
#   SPECWRIGHT_SCRATCH_DIR  where the throwaway package and output go (default: /tmp/specwright-benchmark)
#   SPECWRIGHT_GENERATOR_PACKAGE
#                           the package the `generator` is built from (default: the repository)
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-benchmark}"
generator_package="${SPECWRIGHT_GENERATOR_PACKAGE:-$repository}"
spec="$(realpath "${1:-$corpus/stripe_spec3_2022-04.json}")"
runs="${2:-5}"

if [[ ! -f "$spec" ]]; then
    echo "error: $spec does not exist (pass a spec, or set SPECWRIGHT_CORPUS_DIR)" >&2
    exit 1
fi
mkdir -p "$scratch"
echo "Spec: $spec ($(du -h "$spec" | cut -f1))"

echo "Building the generator (release) ..."
swift build -c release --product generator --package-path "$generator_package" > "$scratch/build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/build.log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$generator_package" --show-bin-path)/generator"
output="$scratch/Output"
command=("$generator" generate --quiet --spec "$spec" --output "$output" --module Benchmark)

echo
echo "== generate, end to end ($runs runs)"
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 1 --runs "$runs" --style basic "$(printf '%q ' "${command[@]}")"
else
    for run in $(seq "$runs"); do
        /usr/bin/time -f "run $run: %e s wall, %U s user, %M KB peak" "${command[@]}" > /dev/null
    done
fi

# The stage timer: a package whose targets are links to the repository's sources.
mkdir -p "$scratch/Sources/GenerateStages"
for target in SpecwrightReader SpecwrightModel SpecwrightGenerator; do
    ln -sfn "$repository/Sources/$target" "$scratch/Sources/$target"
done
# `TemplateSet` finds the default templates relative to its own source file.
ln -sfn "$repository/Templates" "$scratch/Templates"
cat > "$scratch/Package.swift" <<'EOF'
// swift-tools-version:6.0
// Written by scripts/benchmark-generate.sh: times each stage of `generate` on one spec.
import PackageDescription
let package = Package(
    name: "SpecwrightBenchmark",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .target(name: "SpecwrightReader", dependencies: ["Yams", .product(name: "OrderedCollections", package: "swift-collections")]),
        .target(name: "SpecwrightModel", dependencies: ["SpecwrightReader", .product(name: "OrderedCollections", package: "swift-collections")]),
        .target(name: "SpecwrightGenerator", dependencies: ["SpecwrightModel", .product(name: "Mustache", package: "swift-mustache")]),
        .executableTarget(name: "GenerateStages", dependencies: ["SpecwrightReader", "SpecwrightModel", "SpecwrightGenerator"]),
    ]
)
EOF
cat > "$scratch/Sources/GenerateStages/main.swift" <<'EOF'
// Times each stage of `generate` in-process; prints the median of each over the runs.
import Foundation
import SpecwrightGenerator
import SpecwrightModel
import SpecwrightReader

let path = CommandLine.arguments[1]
let runs = Int(CommandLine.arguments[2]) ?? 5
let clock = ContinuousClock()
var stages: [(name: String, seconds: [Double])] = [("read", []), ("model", []), ("render", []), ("total", [])]

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
    let files = try renderer.render(model, specLabel: "spec")
    let rendered = clock.now
    for (index, duration) in [read - start, built - read, rendered - built, rendered - start].enumerated() {
        stages[index].seconds.append(seconds(duration))
    }
    summary = "\(model.types.count) top-level types, \(model.operations.count) operations, \(files.count) files, "
        + "\(files.reduce(0) { $0 + $1.contents.utf8.count } / 1024) KB of Swift"
}
print(summary)
for stage in stages {
    let sorted = stage.seconds.sorted()
    let median = sorted[sorted.count / 2]
    print(stage.name.padding(toLength: 8, withPad: " ", startingAt: 0) + String(format: "median %.3f s   min %.3f s", median, sorted[0]))
}
EOF

echo
echo "== stages, in-process ($runs runs)"
swift build -c release --package-path "$scratch" --product GenerateStages > "$scratch/build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/build.log" >&2; exit 1; }
"$(swift build -c release --package-path "$scratch" --show-bin-path)/GenerateStages" "$spec" "$runs"
