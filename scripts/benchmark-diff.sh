#!/usr/bin/env bash
# Times `generator diff` on the largest corpus spec (Stripe, 4 MB of JSON) against a later version made by
# editing a copy: an operation removed, a required request property added, an enum narrowed (the same edits
# as Tests/SpecwrightDiffTests/CorpusDiffTests.swift). Release build; the goal is under 2 s end to end.
#
# Not part of CI (timings on shared machines are noisy, and the corpus lives beside the repository).
#
#   scripts/benchmark-diff.sh                 # Stripe, 5 runs
#   scripts/benchmark-diff.sh SPEC [RUNS]     # any JSON spec (edited only where it has the same paths)
#
# Environment:
#   SPECWRIGHT_CORPUS_DIR   the corpus folder (default: ../shared/corpus beside the repository)
#   SPECWRIGHT_SCRATCH_DIR  where the edited copy goes (default: /tmp/specwright-benchmark-diff)
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-benchmark-diff}"
spec="$(realpath "${1:-$corpus/stripe_spec3_2022-04.json}")"
runs="${2:-5}"

if [[ ! -f "$spec" ]]; then
    echo "error: $spec does not exist (pass a spec, or set SPECWRIGHT_CORPUS_DIR)" >&2
    exit 1
fi
mkdir -p "$scratch"
edited="$scratch/edited.json"
python3 - "$spec" "$edited" <<'PYTHON'
import json, sys
document = json.load(open(sys.argv[1]))
paths = document.get("paths", {})
paths.get("/v1/customers/{customer}", {}).pop("delete", None)
schema = (paths.get("/v1/customers", {}).get("post", {}).get("requestBody", {}).get("content", {})
          .get("application/x-www-form-urlencoded", {}).get("schema"))
if schema is not None:
    schema.setdefault("properties", {})["tax_region"] = {"type": "string", "maxLength": 5000}
    schema["required"] = ["tax_region"]
    if "tax_exempt" in schema["properties"]:
        schema["properties"]["tax_exempt"]["enum"] = ["", "exempt", "none"]
json.dump(document, open(sys.argv[2], "w"), sort_keys=True)
PYTHON
echo "Spec: $spec ($(du -h "$spec" | cut -f1)), edited copy: $edited"

echo "Building the generator (release) ..."
swift build -c release --product generator --package-path "$repository" > "$scratch/build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/build.log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"

for new in "$spec" "$edited"; do
    echo
    echo "== diff $(basename "$spec") $(basename "$new") ($runs runs)"
    # Exit status 1 (breaking changes found) is the expected outcome for the edited copy.
    command=("$generator" diff "$spec" "$new" --format json --output "$scratch/report.json")
    if command -v hyperfine > /dev/null; then
        hyperfine --warmup 1 --runs "$runs" --ignore-failure --style basic "$(printf '%q ' "${command[@]}")"
    else
        for run in $(seq "$runs"); do
            /usr/bin/time -f "run $run: %e s wall, %U s user, %M KB peak" "${command[@]}" 2> "$scratch/time.log" || true
            tail -n 1 "$scratch/time.log"
        done
    fi
    python3 -c "import json, sys; r = json.load(open(sys.argv[1])); print('findings:', r['summary'])" "$scratch/report.json"
done
