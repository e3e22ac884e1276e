#!/usr/bin/env bash
# Times decoding a recursive `oneOf` without a discriminator (scripts/union-benchmark/spec.yaml) with
# JSONDecoder, for balanced trees of growing depth up to about 1 MB (depth 14) and 2 MB (depth 15).
#
# Not part of CI (timings on a shared machine are noisy). Before/after: generate with another build's
# generator, against the same runtime:
#
#   scripts/benchmark-union-decoding.sh                                   # this repository's generator
#   SPECWRIGHT_GENERATOR=/path/to/old/generator scripts/benchmark-union-decoding.sh
#
# Environment:
#   SPECWRIGHT_GENERATOR    the `generator` executable (default: built here, release)
#   SPECWRIGHT_SCRATCH_DIR  where the generated code and the program go (default: /tmp/specwright-union-benchmark)
#   DEPTHS                  the tree depths to time (default: "8 10 12 14 15")
#   TIMEOUT                 seconds allowed per depth (default: 120)
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-union-benchmark}"
generator="${SPECWRIGHT_GENERATOR:-}"
if [[ -z "$generator" ]]; then
    swift build -c release --product generator --package-path "$repository" > /dev/null
    generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"
fi

rm -rf "$scratch" && mkdir -p "$scratch/runtime"
"$generator" generate --spec "$repository/scripts/union-benchmark/spec.yaml" --output "$scratch/Generated" --module UnionBenchmark > /dev/null

echo "Compiling the runtime and the generated code (-O) ..."
find "$repository/Sources/SpecwrightValidation" -name '*.swift' > "$scratch/runtime/sources.txt"
swiftc -O -wmo -parse-as-library -module-name SpecwrightValidation -emit-module -emit-module-path "$scratch/runtime/SpecwrightValidation.swiftmodule" \
    -emit-library -static -o "$scratch/runtime/libSpecwrightValidation.a" @"$scratch/runtime/sources.txt"
swiftc -O -wmo -module-name UnionBenchmark -I "$scratch/runtime" -L "$scratch/runtime" -lSpecwrightValidation \
    "$scratch"/Generated/*.swift "$repository/scripts/union-benchmark/main.swift" -o "$scratch/union-benchmark"

for depth in ${DEPTHS:-8 10 12 14 15}; do
    timeout "${TIMEOUT:-120}" "$scratch/union-benchmark" "$depth" || echo "depth $depth: no result within ${TIMEOUT:-120} s"
done
