#!/usr/bin/env python3
"""Sums the compiler's per-job statistics (`swiftc -stats-output-dir`) of one module by phase.

    SPECWRIGHT_COMPILE_STATS_DIR=/tmp/stats scripts/compile-corpus.sh stripe
    scripts/compile-stats.py /tmp/stats/StripeSpec3202204 StripeSpec3202204

Prints the user CPU seconds of all frontend jobs of the module, the share of the named phases (what is left
is not named by the frontend's timers: LLVM's code generation and module loading), and the counters that show how
much code was emitted.
"""
import glob
import json
import os
import sys

PHASES = [
    ("parse and import resolution", "time.swift.parse-and-resolve-imports.user"),
    ("type checking", "time.swift.perform-sema.user"),
    ("SILGen", "time.swift.SILGen.user"),
    ("SIL optimization", "time.swift.SIL optimization.user"),
    ("IRGen", "time.swift.IRGen.user"),
]
COUNTERS = [
    "AST.NumSourceBuffers",
    "SILModule.NumSILGenFunctions",
    "IRModule.NumIRFunctions",
    "IRModule.NumIRInsts",
    "LLVM.NumLLVMBytesOutput",
]


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    folder, module = sys.argv[1], sys.argv[2]
    files = glob.glob(os.path.join(folder, f"*-swift-frontend-{module}-*.json"))
    if not files:
        print(f"error: no statistics of module {module} in {folder}", file=sys.stderr)
        return 1
    totals: dict[str, float] = {}
    jobs = 0.0
    for path in files:
        with open(path) as file:
            stats = json.load(file)
        for key, value in stats.items():
            if key.startswith("time.swift-frontend.") and key.endswith(".user"):
                jobs += value
            else:
                totals[key] = totals.get(key, 0) + value
    print(f"{len(files)} frontend jobs, {jobs:.1f} s user CPU")
    named = 0.0
    for label, key in PHASES:
        seconds = totals.get(key, 0)
        named += seconds
        print(f"  {label:<28} {seconds:8.1f} s  {100 * seconds / jobs:5.1f} %")
    rest = jobs - named
    print(f"  {'not named by the timers':<28} {rest:8.1f} s  {100 * rest / jobs:5.1f} %")
    for key in COUNTERS:
        print(f"  {key:<28} {int(totals.get(key, 0)):>12,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
