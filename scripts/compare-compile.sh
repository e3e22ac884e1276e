#!/usr/bin/env bash
# Debug build time and peak memory of Stripe's generated code: ours (types, validators, client) against
# swift-openapi-generator 1.14.3's (types, client), one after the other in one run.
#
# Not part of CI (it takes many minutes and several GB). Nothing of swift-openapi-generator is committed:
# it is cloned and built in the scratch folder.
#
#   scripts/compare-compile.sh [SPEC]     # default: the corpus Stripe JSON
#
# For each side it writes a scratch package whose only non-dependency target is the generated module, builds
# the dependencies first (untimed), then times `swift build --target <module>` (debug) with /usr/bin/time -v:
# wall time, CPU time (user + system, what matters on a shared machine) and the largest resident set of one
# process (a compiler job; `swift build` runs up to one job per core).
#
# Environment:
#   SPECWRIGHT_CORPUS_DIR   the corpus folder (default: ../shared/corpus beside the repository)
#   SPECWRIGHT_SCRATCH_DIR  where the packages go (default: /tmp/specwright-compare-compile)
#   SPECWRIGHT_ONLY         `ours` or `theirs` to build one side only
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-compare-compile}"
spec="$(realpath "${1:-$corpus/stripe_spec3_2022-04.json}")"
only="${SPECWRIGHT_ONLY:-}"
peer_version=1.14.3

[[ -f "$spec" ]] || { echo "error: $spec does not exist (pass a spec, or set SPECWRIGHT_CORPUS_DIR)" >&2; exit 1; }
mkdir -p "$scratch"
echo "Spec: $spec ($(du -h "$spec" | cut -f1))"

fail() { echo "error: $1; see $2" >&2; grep -m 5 "error:" "$2" >&2 || true; exit 1; }

# Prints `<wall s> <cpu s> <peak MB>` of a command from /usr/bin/time -v; its output goes to LOG.
measure() {
    local log="$1"; shift
    /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1 || fail "$* failed" "$log"
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { cpu += $2 } /System time/ { cpu += $2 }
        /Maximum resident set size/ { peak = $2 / 1024 }
        END { printf "%.1f %.1f %.0f\n", wall, cpu, peak }' "$log.time"
}

runtime_dependencies='
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),'

ours() {
    local package="$scratch/ours"
    echo "Building our generator (release) ..." >&2
    swift build -c release --product generator --package-path "$repository" > "$scratch/ours-generator.log" 2>&1 \
        || fail "the generator does not build" "$scratch/ours-generator.log"
    local generator
    generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"
    mkdir -p "$package/Sources"
    rm -rf "$package/Sources/Stripe"
    for target in SpecwrightValidation SpecwrightClient; do ln -sfn "$repository/Sources/$target" "$package/Sources/$target"; done
    "$generator" generate --quiet --spec "$spec" --output "$package/Sources/Stripe" --module Stripe > "$scratch/ours-generate.log" 2>&1 \
        || fail "generate failed" "$scratch/ours-generate.log"
    cat > "$package/Package.swift" <<PACKAGE
// swift-tools-version:6.0
// Written by scripts/compare-compile.sh: Specwright's generated code for one spec, against the runtime.
import PackageDescription
let package = Package(
    name: "OursCompile",
    platforms: [.macOS(.v14)],
    dependencies: [$runtime_dependencies
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        .target(name: "SpecwrightValidation"),
        .target(name: "SpecwrightClient", dependencies: [
            "SpecwrightValidation",
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        .target(name: "Stripe", dependencies: [
            "SpecwrightValidation", "SpecwrightClient",
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
    ]
)
PACKAGE
    echo "Building our runtime (untimed) ..." >&2
    swift build --package-path "$package" --target SpecwrightClient > "$scratch/ours-runtime.log" 2>&1 \
        || fail "the runtime does not build" "$scratch/ours-runtime.log"
    rm -rf "$package/.build/debug/Stripe.build" "$package/.build/debug/Modules/Stripe.swiftmodule"
    echo "Compiling our generated code ($(find "$package/Sources/Stripe" -name '*.swift' | wc -l) files, $(du -sh "$package/Sources/Stripe" | cut -f1)) ..." >&2
    measure "$scratch/ours-build.log" swift build --package-path "$package" --target Stripe
}

theirs() {
    local package="$scratch/theirs" source="$scratch/swift-openapi-generator"
    if [[ ! -d "$source" ]]; then
        git clone --quiet --branch "$peer_version" https://github.com/apple/swift-openapi-generator "$source" 2> /dev/null
    fi
    echo "Building swift-openapi-generator $peer_version (release) ..." >&2
    swift build -c release --product swift-openapi-generator --package-path "$source" > "$scratch/theirs-generator.log" 2>&1 \
        || fail "swift-openapi-generator does not build" "$scratch/theirs-generator.log"
    local generator
    generator="$(swift build -c release --product swift-openapi-generator --package-path "$source" --show-bin-path)/swift-openapi-generator"
    mkdir -p "$package/Sources/StripeClient"
    printf 'generate:\n  - types\n  - client\naccessModifier: public\n' > "$package/openapi-generator-config.yaml"
    "$generator" generate --config "$package/openapi-generator-config.yaml" --output-directory "$package/Sources/StripeClient" "$spec" \
        > "$scratch/theirs-generate.log" 2>&1 || fail "swift-openapi-generator generate failed" "$scratch/theirs-generate.log"
    cat > "$package/Package.swift" <<PACKAGE
// swift-tools-version:6.0
// Written by scripts/compare-compile.sh: swift-openapi-generator's code for one spec (types, client).
import PackageDescription
let package = Package(
    name: "TheirsCompile",
    platforms: [.macOS(.v14)],
    dependencies: [$runtime_dependencies
    ],
    targets: [
        .target(name: "StripeClient", dependencies: [
            .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
    ]
)
PACKAGE
    echo "Building OpenAPIRuntime (untimed) ..." >&2
    # `--target`, not `--product`: for a dependency's automatic product SwiftPM builds the default target instead,
    # which compiled their generated module once more before the timed build.
    swift build --package-path "$package" --target OpenAPIRuntime > "$scratch/theirs-runtime.log" 2>&1 \
        || fail "OpenAPIRuntime does not build" "$scratch/theirs-runtime.log"
    rm -rf "$package/.build/debug/StripeClient.build" "$package/.build/debug/Modules/StripeClient.swiftmodule"
    echo "Compiling their generated code ($(find "$package/Sources/StripeClient" -name '*.swift' | wc -l) files, $(du -sh "$package/Sources/StripeClient" | cut -f1)) ..." >&2
    measure "$scratch/theirs-build.log" swift build --package-path "$package" --target StripeClient
}

results=()
[[ "$only" == theirs ]] || results+=("ours (types, validators, client) $(ours)")
[[ "$only" == ours ]] || results+=("swift-openapi-generator $peer_version (types, client) $(theirs)")
echo
printf '%-48s %10s %10s %10s\n' "debug build of the generated module" "wall s" "cpu s" "peak MB"
for line in "${results[@]}"; do
    read -r -a fields <<< "$line"
    count=${#fields[@]}
    printf '%-48s %10s %10s %10s\n' "${fields[*]:0:count-3}" "${fields[count-3]}" "${fields[count-2]}" "${fields[count-1]}"
done
if ((${#results[@]} == 2)); then
    read -r -a a <<< "${results[0]}"; read -r -a b <<< "${results[1]}"
    awk -v ow="${a[-3]}" -v oc="${a[-2]}" -v tw="${b[-3]}" -v tc="${b[-2]}" \
        'BEGIN { printf "ours is %.1fx faster in wall time, %.1fx in CPU time\n", tw / ow, tc / oc }'
fi
