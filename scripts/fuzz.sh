#!/usr/bin/env bash
# Runs one coverage-guided fuzz target (libFuzzer, through `swiftc -sanitize=fuzzer`) for a given time.
#
#   scripts/fuzz.sh TARGET SECONDS [extra libFuzzer flags]
#   TARGET: FuzzSpecReader | FuzzJSONParser | FuzzRegex | FuzzValidator | FuzzDomain
#   FUZZ_SANITIZER=address (default) | none
#
# Builds into .build-fuzz/SANITIZER (release, libFuzzer instrumentation, plus the address sanitizer unless
# FUZZ_SANITIZER=none: about 3x the executions per second, for reaching many runs; address for depth), seeds
# the corpus in .build-fuzz/corpus/TARGET from specs/ and the test fixtures on the first run, and keeps what
# libFuzzer learns there for later runs (both modes share it). Inputs are at most FUZZ_MAX_LEN bytes (default
# 16384: larger ones mostly repeat the same paths more slowly). Runs at the lowest priority (nice 19).
# Crashes land in .build-fuzz/findings/TARGET/crash-*; replay one with `swift run TARGET FILE` (a normal build).
# Not part of CI.
set -euo pipefail

target=${1:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags]}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer flags]}
shift 2
case "$target" in
    FuzzSpecReader|FuzzJSONParser|FuzzRegex|FuzzValidator|FuzzDomain) ;;
    *) echo "unknown target '$target'" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scratch="$root/.build-fuzz"
corpus="$scratch/corpus/$target"
findings="$scratch/findings/$target"
mkdir -p "$corpus" "$findings"

sanitizer=${FUZZ_SANITIZER:-address}
case "$sanitizer" in
    address) sanitizers=fuzzer,address ;;
    none) sanitizers=fuzzer ;;
    *) echo "FUZZ_SANITIZER must be 'address' or 'none', not '$sanitizer'" >&2; exit 2 ;;
esac
nice -n 19 swift build -c release --scratch-path "$scratch/$sanitizer" --product "$target" \
    -Xswiftc -sanitize="$sanitizers" -Xswiftc -DFUZZING >&2
binary="$scratch/$sanitizer/release/$target"

seed() {  # seed FILE...: copy each file (at most 64 KB of it) into the corpus under its content hash
    for file in "$@"; do
        [ -f "$file" ] || continue
        head -c 65536 "$file" > "$corpus/.seed"
        mv "$corpus/.seed" "$corpus/seed-$(sha1sum < "$corpus/.seed" | cut -c1-16)"
    done
}

if [ -z "$(ls -A "$corpus")" ]; then
    case "$target" in
        FuzzSpecReader)
            seed specs/* Tests/SpecwrightReaderTests/Fixtures/*/* Tests/SpecwrightReaderTests/Fixtures/*/*/* ;;
        FuzzJSONParser|FuzzValidator)
            seed $(find Tests/ProviderTests/Fixtures -name '*.json' | head -200)
            if [ "$target" = FuzzValidator ]; then
                # Schema, NUL, instance: pair a few schemas of the shared bench with fixtures.
                for schema in ../shared/bench/*.json; do
                    [ -f "$schema" ] || continue
                    for instance in $(find Tests/ProviderTests/Fixtures -name '*.json' | head -20); do
                        { head -c 32768 "$schema"; printf '\0'; head -c 8192 "$instance"; } > "$corpus/pair-$(basename "$schema")-$(basename "$instance")"
                    done
                done
            fi ;;
        FuzzRegex)
            grep -rhoE '"pattern": *"[^"]{1,200}"' specs | sed -E 's/"pattern": *"(.*)"/\1/' | sort -u | head -300 |
                while IFS= read -r pattern; do
                    printf '%s\0%s' "$pattern" "DE89370400440532013000" > "$corpus/pattern-$(printf '%s' "$pattern" | sha1sum | cut -c1-16)"
                done ;;
        FuzzDomain)
            for value in "DE89 3704 0044 0532 0130 00" GB82WEST12345698765432 COBADEFFXXX DEUTDEFF Canada CAN 124 \
                         "2024-02-29T23:59:60Z" "user@example.com" "xn--bcher-kva.example"; do
                printf '%s' "$value" > "$corpus/value-$(printf '%s' "$value" | sha1sum | cut -c1-16)"
            done ;;
    esac
fi

echo "fuzzing $target ($sanitizer) for $seconds s (corpus $(ls "$corpus" | wc -l) inputs)" >&2
# `-timeout=60`: at nice 19 beside builds an input can wait seconds for a core; a real hang still stops the run.
nice -n 19 "$binary" "$corpus" -max_total_time="$seconds" -max_len="${FUZZ_MAX_LEN:-16384}" -timeout=60 -rss_limit_mb=4096 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$@"
