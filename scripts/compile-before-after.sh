#!/usr/bin/env bash
# Compile time of one spec's generated code, an earlier revision's output against the working tree's,
# alternating in one run of the machine (before, now, before, now, ...) so that both see the same load.
#
# Not part of CI: each round compiles the spec's module twice (Stripe types only: about 5 minutes a round).
#
#   scripts/compile-before-after.sh REVISION [SPEC_PREFIX] [ROUNDS]
#   SPECWRIGHT_SETTINGS=types-only.yaml scripts/compile-before-after.sh 48fec19 stripe 3
#
# REVISION's generator is built (debug) in a worktree under the scratch folder, and its output compiles
# against REVISION's runtime; the working tree's generator must be built already (.build/debug/generator).
# Each side is a `scripts/compile-corpus.sh` scratch package: the first run builds its runtime, every run
# regenerates the module (new files, so the module compiles whole) and times its `swift build`.
#
# Environment: SPECWRIGHT_SETTINGS (e.g. a file holding `emit: [types]`) and SPECWRIGHT_CORPUS_DIR, passed on
# to compile-corpus.sh; SPECWRIGHT_SCRATCH_DIR (default /tmp/specwright-before-after).
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
revision="${1:?usage: compile-before-after.sh REVISION [SPEC_PREFIX] [ROUNDS]}"
prefix="${2:-stripe}"
rounds="${3:-3}"
scratch="${SPECWRIGHT_SCRATCH_DIR:-/tmp/specwright-before-after}"
now_generator="$repository/.build/debug/generator"

[[ -x "$now_generator" ]] || { echo "error: build the generator first (swift build --product generator)" >&2; exit 1; }
mkdir -p "$scratch"
worktree="$scratch/worktree"
if [[ ! -d "$worktree" ]]; then
    git -C "$repository" worktree add --detach "$worktree" "$revision" > /dev/null
else
    git -C "$worktree" checkout --quiet --detach "$revision"
fi
echo "Building the generator of $revision ..."
swift build --product generator --package-path "$worktree" > "$scratch/before-generator.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/before-generator.log" >&2; exit 1; }

# The result line of compile-corpus.sh, with the load average when it ended.
run() {
    local label="$1"; shift
    local line
    line=$(env "$@" "$repository/scripts/compile-corpus.sh" "$prefix" | grep -E "^$prefix" || true)
    echo "$label: ${line:-FAIL (see the scratch folder)}  load $(cut -d' ' -f1 /proc/loadavg)"
}

for round in $(seq "$rounds"); do
    run "before ($revision), round $round" SPECWRIGHT_GENERATOR_BINARY="$worktree/.build/debug/generator" \
        SPECWRIGHT_RUNTIME_REVISION="$revision" SPECWRIGHT_SCRATCH_DIR="$scratch/before"
    run "now, round $round" SPECWRIGHT_GENERATOR_BINARY="$now_generator" SPECWRIGHT_SCRATCH_DIR="$scratch/now"
done
echo "Remove the worktree with: git worktree remove --force $worktree"
