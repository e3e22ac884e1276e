#!/usr/bin/env bash
# Generates Swift for every spec of the public corpus and compiles each result against the runtime.
#
# Not part of CI: it needs ../shared/corpus and takes several minutes (Stripe alone is ~1,200 files).
# It answers "does the generated code compile for real specs?" and prints, per spec, the time `generate`
# took, the time `swift build` took (wall, and CPU seconds with the peak memory of one compiler job), and
# OK, or FAIL with the first compiler errors.
#
#   scripts/compile-corpus.sh                 # every spec in ../shared/corpus, plus the multi-file Unit spec
#   scripts/compile-corpus.sh revolut_x xero  # only the specs whose file name starts with these words
#
# Environment:
#   SPECWRIGHT_CORPUS_DIR   the corpus folder (default: ../shared/corpus beside the repository)
#   SPECWRIGHT_SCRATCH_DIR  where the scratch package goes (default: /tmp/specwright-corpus)
#   SPECWRIGHT_GENERATOR_PACKAGE
#                           the package the `generator` is built from (default: the repository); a private
#                           package whose targets link to the repository's folders builds the same generator
#   SPECWRIGHT_GENERATOR_BINARY
#                           a `generator` executable already built (e.g. .build/debug/generator); skips the
#                           release build of the generator
#   SPECWRIGHT_RUNTIME_REVISION
#                           compile against the runtime as committed in this revision (e.g. HEAD) instead of
#                           the working tree, when the runtime is being edited
#   SPECWRIGHT_SETTINGS     a generation settings file passed to `generate --settings` (e.g. one holding
#                           `emit: [types]` to compile the types alone)
#   SPECWRIGHT_COMPILE_STATS_DIR
#                           a folder for the compiler's per-job statistics (`-stats-output-dir`) of the
#                           generated modules; `scripts/compile-stats.py DIR/MODULE MODULE` sums them by compiler
#                           phase (the runtime is rebuilt with that flag, so the compile time includes it)
#
# The scratch package has one library target per spec (its generated sources: types, operations, client)
# and `SpecwrightValidation` and `SpecwrightClient` targets whose folders link to the repository's runtime
# sources, so the runtime is built once and the generated code sees exactly what a provider target in the
# repository sees.
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-corpus}"
generator_package="${SPECWRIGHT_GENERATOR_PACKAGE:-$repository}"

if [[ ! -d "$corpus" ]]; then
    echo "error: corpus folder $corpus does not exist (set SPECWRIGHT_CORPUS_DIR)" >&2
    exit 1
fi

# A module name from a spec's file name: `stripe_spec3_2022-04.json` -> `StripeSpec3202204`.
module_name() {
    local base="${1%.*}"
    echo "$base" | tr -c 'A-Za-z0-9\n' ' ' | awk '{ for (i = 1; i <= NF; i++) printf "%s", toupper(substr($i, 1, 1)) substr($i, 2) }'
}

# The distinct diagnostics of one kind (error, warning) in a module's sources, in file order.
diagnostics() {
    grep -E "^/.*/Sources/$2/[^:]+:[0-9]+:[0-9]+: $3:" "$1" | sort -u -t: -k1,1 -k2,2n -k3,3n || true
}

seconds_since() {
    awk -v start="$1" -v end="$(date +%s.%N)" 'BEGIN { printf "%.1f", end - start }'
}

specs=()
for file in "$corpus"/*.json "$corpus"/*.yaml "$corpus"/*.yml; do
    [[ -f "$file" ]] && specs+=("$file")
done
[[ -f "$corpus/multifile/unit/openapi.json" ]] && specs+=("$corpus/multifile/unit/openapi.json")
if (($# > 0)); then
    selected=()
    for spec in "${specs[@]}"; do
        label="${spec#"$corpus"/}"
        for prefix in "$@"; do
            if [[ "$label" == "$prefix"* ]]; then selected+=("$spec"); break; fi
        done
    done
    specs=("${selected[@]}")
fi
if ((${#specs[@]} == 0)); then
    echo "error: no spec selected in $corpus" >&2
    exit 1
fi

mkdir -p "$scratch"
if [[ -n "${SPECWRIGHT_GENERATOR_BINARY:-}" ]]; then
    generator="$SPECWRIGHT_GENERATOR_BINARY"
else
    echo "Building the generator (release) in $generator_package ..."
    swift build -c release --product generator --package-path "$generator_package" > "$scratch/generator.log" 2>&1 \
        || { grep -m 5 "error:" "$scratch/generator.log" >&2; exit 1; }
    generator="$(swift build -c release --product generator --package-path "$generator_package" --show-bin-path)/generator"
fi

mkdir -p "$scratch/Sources"
runtime_targets=(SpecwrightValidation SpecwrightClient)
for target in "${runtime_targets[@]}"; do rm -rf "${scratch:?}/Sources/$target"; done
if [[ -n "${SPECWRIGHT_RUNTIME_REVISION:-}" ]]; then
    git -C "$repository" archive "$SPECWRIGHT_RUNTIME_REVISION" "${runtime_targets[@]/#/Sources/}" | tar -x -C "$scratch"
else
    for target in "${runtime_targets[@]}"; do ln -s "$repository/Sources/$target" "$scratch/Sources/$target"; done
fi

# Generate everything first: the scratch package lists only the modules that generated.
labels=() modules=() generate_times=() generated=()
for spec in "${specs[@]}"; do
    label="${spec#"$corpus"/}"
    if [[ "$spec" == */multifile/unit/openapi.json ]]; then module="UnitMultifile"; else module="$(module_name "$(basename "$spec")")"; fi
    labels+=("$label") modules+=("$module")
    start=$(date +%s.%N)
    settings=()
    [[ -n "${SPECWRIGHT_SETTINGS:-}" ]] && settings=(--settings "$(realpath "$SPECWRIGHT_SETTINGS")")
    if "$generator" generate --quiet --spec "$spec" --output "$scratch/Sources/$module" --module "$module" "${settings[@]}" \
        > "$scratch/$module.log" 2>&1; then
        generated+=("$module")
    fi
    generate_times+=("$(seconds_since "$start")")
done

{
    echo "// swift-tools-version:6.0"
    echo "// Written by scripts/compile-corpus.sh: the generated code of each corpus spec, against the runtime."
    echo "import PackageDescription"
    echo "let package = Package("
    echo "    name: \"SpecwrightCorpus\","
    echo "    platforms: [.macOS(.v14)],"
    echo "    dependencies: ["
    echo "        .package(url: \"https://github.com/apple/swift-openapi-runtime\", from: \"1.13.4\"),"
    echo "        .package(url: \"https://github.com/apple/swift-http-types\", from: \"1.8.0\"),"
    echo "        .package(url: \"https://github.com/apple/swift-crypto\", from: \"3.12.3\"),"
    echo "    ],"
    echo "    targets: ["
    echo "        .target(name: \"SpecwrightValidation\"),"
    echo "        .target(name: \"SpecwrightClient\", dependencies: ["
    echo "            \"SpecwrightValidation\","
    echo "            .product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\"),"
    echo "            .product(name: \"HTTPTypes\", package: \"swift-http-types\"),"
    echo "            .product(name: \"Crypto\", package: \"swift-crypto\"),"
    echo "            .product(name: \"_CryptoExtras\", package: \"swift-crypto\"),"
    echo "        ]),"
    for module in "${generated[@]}"; do
        echo "        .target(name: \"$module\", dependencies: ["
        echo "            \"SpecwrightValidation\", \"SpecwrightClient\","
        echo "            .product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\"),"
        echo "            .product(name: \"HTTPTypes\", package: \"swift-http-types\"),"
        echo "        ]),"
    done
    echo "    ]"
    echo ")"
} > "$scratch/Package.swift"

echo "Building the runtime ..."
if ! swift build --package-path "$scratch" --target SpecwrightClient > "$scratch/runtime.log" 2>&1; then
    echo "error: the runtime does not build; see $scratch/runtime.log" >&2
    grep -m 5 "error:" "$scratch/runtime.log" >&2 || true
    exit 1
fi

printf "\n%-34s %9s %9s  %s\n" "spec" "generate" "compile" "result"
passed=0
for index in "${!specs[@]}"; do
    label="${labels[$index]}" module="${modules[$index]}" generate_time="${generate_times[$index]}"
    log="$scratch/$module.log"
    if [[ " ${generated[*]} " != *" $module "* ]]; then
        printf "%-34s %8ss %9s  FAIL (generate)\n" "$label" "$generate_time" "-"
        sed -n 1,5p "$log" | sed 's/^/    /'
        continue
    fi
    files=$(find "$scratch/Sources/$module" -name '*.swift' | wc -l)
    start=$(date +%s.%N)
    # The compiler repeats a diagnostic per job that sees it: count distinct `file:line:column: kind:` lines.
    stats=()
    if [[ -n "${SPECWRIGHT_COMPILE_STATS_DIR:-}" ]]; then
        mkdir -p "$SPECWRIGHT_COMPILE_STATS_DIR/$module"
        stats=(-Xswiftc -stats-output-dir -Xswiftc "$(realpath "$SPECWRIGHT_COMPILE_STATS_DIR/$module")")
    fi
    if /usr/bin/time -f "%U %S %M" -o "$log.time" swift build --package-path "$scratch" --target "$module" "${stats[@]}" \
        > "$log" 2>&1; then
        compile_time=$(seconds_since "$start")
        # CPU seconds (user + system) and the largest resident set of one process (a compiler job), in MB.
        read -r user system peak < "$log.time"
        cpu_time=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.1f", u + s }')
        peak_mb=$((peak / 1024))
        diagnostics "$log" "$module" warning > "$log.warnings"
        warnings=$(wc -l < "$log.warnings")
        result="OK ($files files, ${cpu_time} s CPU, ${peak_mb} MB peak"
        ((warnings > 0)) && result+=", $warnings warnings"
        printf "%-34s %8ss %8ss  %s)\n" "$label" "$generate_time" "$compile_time" "$result"
        passed=$((passed + 1))
        head -n 3 "$log.warnings" | sed "s|$scratch/||; s/^/    /"
    else
        compile_time=$(seconds_since "$start")
        diagnostics "$log" "$module" error > "$log.errors"
        printf "%-34s %8ss %8ss  FAIL (%s errors, %s files; log: %s)\n" \
            "$label" "$generate_time" "$compile_time" "$(wc -l < "$log.errors")" "$files" "$log"
        head -n 5 "$log.errors" | sed "s|$scratch/||; s/^/    /"
    fi
done
echo
echo "$passed of ${#specs[@]} specs compile."
((passed == ${#specs[@]}))
