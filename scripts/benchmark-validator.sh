#!/usr/bin/env bash
# The dynamic validator against jsonschema-rs, in one run, on the same 20,000 seeded instances per schema.
#
# Not part of CI (timings on shared machines are noisy).
#
#   scripts/benchmark-validator.sh [SECONDS]     # seconds of rounds per measurement (default 2)
#
# The three schemas in Benchmarks/ValidatorComparison/ have the shapes the issue names (Adyen Checkout
# PaymentRequest: 79 properties, 4.5 KB instances; OpenAI ChatCompletionRequestMessage: oneOf of six by $ref
# with a discriminator, 95 B; Revolut Merchant line items: an array of objects, 461 B); the corpus holds none
# of those specs. Both sides parse the instances before timing, check them with formats asserted, and report
# the fastest round's instances per CPU second: jsonschema-rs through `validator.is_valid` from Python, ours
# through `JSONSchemaValidator.isValid` (and `validate`, every issue). The valid counts must agree.
#
# Needs `pip install jsonschema-rs` (measured with 0.61.2).
#
# Environment:
#   SPECWRIGHT_SCRATCH_DIR  where the instances go (default: /tmp/specwright-validator-benchmark)
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
schemas="$repository/Benchmarks/ValidatorComparison"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-validator-benchmark}"
seconds="${1:-2}"

python3 -c "import jsonschema_rs" 2> /dev/null || { echo "error: jsonschema-rs is missing: pip install jsonschema-rs" >&2; exit 1; }
mkdir -p "$scratch"
python3 "$schemas/make_instances.py" "$scratch"

echo "Building ValidationBenchmark (release) ..."
swift build -c release --product ValidationBenchmark --package-path "$repository" > "$scratch/build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/build.log" >&2; exit 1; }
ours="$(swift build -c release --product ValidationBenchmark --package-path "$repository" --show-bin-path)/ValidationBenchmark"

field() { sed -n "s/.*\b$1=\([0-9]*\).*/\1/p" <<< "$2"; }

echo
printf '%-24s %8s %16s %16s %7s %16s\n' schema valid "jsonschema-rs/s" "ours isValid/s" ratio "ours validate/s"
status=0
for name in adyen-payment-request openai-chat-message revolut-line-items; do
    schema="$schemas/$name.schema.json"
    instances="$scratch/$name.instances.json"
    theirs="$(python3 "$schemas/jsonschema_rs_rate.py" "$schema" "$instances" "$seconds")"
    mine="$("$ours" compare "$schema" "$instances" "$seconds")"
    if [[ "$(field valid "$theirs")" != "$(field valid "$mine")" ]]; then
        echo "error: $name: jsonschema-rs accepts $(field valid "$theirs") instances, ours $(field valid "$mine")" >&2
        status=1
    fi
    ratio="$(awk -v a="$(field rate "$mine")" -v b="$(field rate "$theirs")" 'BEGIN { printf "%.2fx", a / b }')"
    printf '%-24s %8s %16s %16s %7s %16s\n' "$name" "$(field valid "$mine")" "$(field rate "$theirs")" \
        "$(field rate "$mine")" "$ratio" "$(field issues_rate "$mine")"
done
exit $status
