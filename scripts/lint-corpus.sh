#!/usr/bin/env bash
# Lints every corpus spec (../shared/corpus, the multi-file one included) and the provider specs, and writes
# the findings per rule per spec to Docs/lint-corpus.md.
#
#   scripts/lint-corpus.sh            # writes Docs/lint-corpus.md
#
# Not part of CI; CorpusLintTests lints the same specs in `swift test` (no crash, every finding located).
set -euo pipefail

repository="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${SPECWRIGHT_CORPUS_DIR:-$repository/../shared/corpus}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

swift build -c release --product generator --package-path "$repository" > "$scratch/build.log" 2>&1 \
    || { grep -m 5 "error:" "$scratch/build.log" >&2; exit 1; }
generator="$(swift build -c release --product generator --package-path "$repository" --show-bin-path)/generator"

specs=()
for file in "$corpus"/*.json "$corpus"/*.yaml "$corpus"/multifile/*/openapi.*; do specs+=("$file"); done
for file in "$repository"/specs/*; do specs+=("$file"); done

for spec in "${specs[@]}"; do
    name="${spec#"$corpus"/}"
    name="${name#"$repository"/}"
    # Exit 1 only means findings were reported.
    (cd "$scratch" && "$generator" lint --format json --output "$scratch/$(echo "$name" | tr '/' '_').json" "$spec" 2> /dev/null) || true
    echo "$name" >> "$scratch/names"
done

python3 - "$scratch" "$repository/Docs/lint-corpus.md" <<'PYTHON'
import json, sys, collections, pathlib
scratch, output = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
names = (scratch / "names").read_text().split()
counts, levels = {}, {}
for name in names:
    report = json.loads((scratch / (name.replace("/", "_") + ".json")).read_text())
    per_rule = collections.Counter()
    for finding in report["findings"]:
        per_rule[finding["rule"]] += 1
        levels[finding["rule"]] = finding["level"]
    counts[name] = per_rule
rules = sorted({rule for per_rule in counts.values() for rule in per_rule})
short = {name: name.split("/")[-2] if name.endswith(("openapi.json", "openapi.yaml")) else name.rsplit(".", 1)[0] for name in names}
lines = [
    "# Lint findings on the corpus",
    "",
    "Written by `scripts/lint-corpus.sh`: `generator lint` with the default levels on every spec of",
    "`../shared/corpus` (the public specs, `unit` is the multi-file one) and on `specs/` (with no project",
    "configuration, so the provider specs show every finding that generator.yaml configures). One column per",
    "spec, one row per rule that found something; empty cells are zero.",
    "",
    "| Rule | Level | " + " | ".join(short[name] for name in names) + " |",
    "| --- | --- | " + " | ".join("---:" for _ in names) + " |",
]
for rule in rules:
    cells = [str(counts[name][rule]) if counts[name][rule] else "" for name in names]
    lines.append(f"| `{rule}` | {levels[rule]} | " + " | ".join(cells) + " |")
lines.append("| **total** | | " + " | ".join(str(sum(counts[name].values())) for name in names) + " |")
output.write_text("\n".join(lines) + "\n")
print(f"wrote {output}: {len(rules)} rules over {len(names)} specs")
PYTHON
