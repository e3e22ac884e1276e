#!/usr/bin/env bash
# What the generated validators cost to compile: generates one corpus spec (Stripe by default), then
# compiles, one after the other in the same run and the same scratch package, (1) its types alone and
# (2) its types with their validators (`SchemaValidators`, the `Validatable` conformances), both debug,
# and prints both times and the ratio. Operations and the client are left out of both, so the difference
# is the validators' code alone.
#
#   scripts/compile-validators.sh                          # Stripe (2022-04) from ../shared/corpus
#   scripts/compile-validators.sh path/to/openapi.json     # any spec
#
# Environment: SPECWRIGHT_SCRATCH_DIR (default /tmp/specwright-compile-validators);
# SPECWRIGHT_SLOW_BODIES=MS also lists the generated functions and expressions that took longer than MS
# milliseconds to type-check (the compiler's -warn-long-function-bodies / -warn-long-expression-type-checking).
# Not part of CI: on a quiet 2-core machine it takes several minutes.
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
spec="${1:-$repository/../shared/corpus/stripe_spec3_2022-04.json}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-compile-validators}"

if [[ ! -f "$spec" ]]; then
    echo "error: spec $spec does not exist" >&2
    exit 1
fi

seconds_since() {
    awk -v start="$1" -v end="$(date +%s.%N)" 'BEGIN { printf "%.1f", end - start }'
}

echo "Building the generator (release) ..."
mkdir -p "$scratch"
swift build -c release --product generator --package-path "$repository" > "$scratch/generator.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/generator.log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"

rm -rf "$scratch/generated" "$scratch/Sources/TypesOnly" "$scratch/Sources/TypesAndValidators"
"$generator" generate --quiet --spec "$spec" --output "$scratch/generated" --module Generated
mkdir -p "$scratch/Sources/TypesOnly" "$scratch/Sources/TypesAndValidators"
# Type files are the top-level ones (Operations/ and Client/ are folders); SchemaValidators.swift is the
# validators' namespace. Types only: each file cut before its validation section.
for file in "$scratch/generated"/*.swift; do
    name="$(basename "$file")"
    cp "$file" "$scratch/Sources/TypesAndValidators/$name"
    [[ "$name" == SchemaValidators.swift ]] && continue
    awk '/^extension SchemaValidators \{/ || /^extension [A-Za-z0-9_.]+: Validatable \{/ { exit } { print }' "$file" \
        > "$scratch/Sources/TypesOnly/$name"
done

rm -rf "$scratch/Sources/SpecwrightValidation"
ln -s "$repository/Sources/SpecwrightValidation" "$scratch/Sources/SpecwrightValidation"
flags=""
if [[ -n "${SPECWRIGHT_SLOW_BODIES:-}" ]]; then
    flags="\"-Xfrontend\", \"-warn-long-function-bodies=$SPECWRIGHT_SLOW_BODIES\", \"-Xfrontend\", \"-warn-long-expression-type-checking=$SPECWRIGHT_SLOW_BODIES\""
fi
cat > "$scratch/Package.swift" <<PACKAGE
// swift-tools-version:6.0
// Written by scripts/compile-validators.sh.
import PackageDescription
let flags: [SwiftSetting] = [.unsafeFlags([$flags])]
let package = Package(
    name: "SpecwrightCompileValidators",
    platforms: [.macOS(.v14)],
    targets: [
        .target(name: "SpecwrightValidation"),
        .target(name: "TypesOnly", dependencies: ["SpecwrightValidation"], swiftSettings: flags),
        .target(name: "TypesAndValidators", dependencies: ["SpecwrightValidation"], swiftSettings: flags),
    ]
)
PACKAGE

echo "Building the runtime ..."
swift build --package-path "$scratch" --target SpecwrightValidation > "$scratch/runtime.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/runtime.log" >&2; exit 1; }

files=$(find "$scratch/Sources/TypesOnly" -name '*.swift' | wc -l)
echo "$(basename "$spec"): $files type files, debug build, one after the other"
declare -A times
for target in TypesOnly TypesAndValidators; do
    rm -rf "$scratch/.build/debug/$target.build" "$scratch/.build/"*/debug/"$target.build"
    start=$(date +%s.%N)
    if ! swift build --package-path "$scratch" --target "$target" > "$scratch/$target.log" 2>&1; then
        echo "error: $target does not compile; see $scratch/$target.log" >&2
        grep -m 5 "error:" "$scratch/$target.log" >&2 || true
        exit 1
    fi
    times[$target]=$(seconds_since "$start")
    lines=$(cat "$scratch/Sources/$target"/*.swift | wc -l)
    printf "%-20s %8ss  (%s lines)\n" "$target" "${times[$target]}" "$lines"
    if [[ -n "${SPECWRIGHT_SLOW_BODIES:-}" ]]; then
        grep -E "warning: (global function|instance method|static method|getter|expression)" "$scratch/$target.log" \
            | sort -u | sort -t'(' -k2 -rn | head -n 15 | sed "s|$scratch/||; s/^/    /" || true
    fi
done
awk -v a="${times[TypesOnly]}" -v b="${times[TypesAndValidators]}" \
    'BEGIN { printf "validators add %.0f%% to the types-only compile time\n", (b / a - 1) * 100 }'
