#!/usr/bin/env bash
# Times `generator lint` on the largest corpus spec (Stripe, 4 MB of JSON), end to end, with peak memory.
#
# Not part of CI (timings on shared machines are noisy, and the corpus lives beside the repository).
#
#   scripts/benchmark-lint.sh                 # Stripe, 5 runs
#   scripts/benchmark-lint.sh SPEC [RUNS]     # any spec
#
# It prints each run's wall time, CPU time and peak resident memory (/usr/bin/time -v), the median wall
# time, then one run's stages in-process (`lint --timings`: reading, the model, the schema visit, the schema
# rules together and the slowest other rules).
#
# Environment:
#   SPECWRIGHT_CORPUS_DIR   the corpus folder (default: ../shared/corpus beside the repository)
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
spec="$(realpath "${1:-$corpus/stripe_spec3_2022-04.json}")"
runs="${2:-5}"

if [[ ! -f "$spec" ]]; then
    echo "error: $spec does not exist (pass a spec, or set SPECWRIGHT_CORPUS_DIR)" >&2
    exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time is missing (apt-get install time)" >&2
    exit 1
fi
echo "Spec: $spec ($(du -h "$spec" | cut -f1))"

echo "Building the generator (release) ..."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
swift build -c release --product generator --package-path "$repository" > "$log" 2>&1 \
    || { grep -m 5 "error:" "$log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"

echo
echo "== lint, end to end ($runs runs; findings do not change the timing, so the exit status is ignored)"
walls=()
for run in $(seq "$runs"); do
    /usr/bin/time -v "$generator" lint --format json --output /dev/null "$spec" 2> "$log" || true
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { split($2, t, ":"); print t[1] * 60 + t[2] }' "$log")"
    cpu="$(awk -F': ' '/User time/ { user = $2 } /System time/ { sys = $2 } END { print user + sys }' "$log")"
    peak="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")"
    walls+=("$wall")
    echo "run $run: ${wall} s wall, ${cpu} s CPU, ${peak} MB peak"
done
median="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
echo "median: ${median} s"

echo
echo "== stages of one run, in-process"
"$generator" lint --timings --format json --output /dev/null "$spec" 2>&1 | grep -v '^lint:' || true
