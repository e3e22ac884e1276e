#!/usr/bin/env python3
"""Instances per second of jsonschema-rs on pre-parsed instances (CPU time of the process, `is_valid`).

    jsonschema_rs_rate.py SCHEMA INSTANCES [SECONDS]

Prints one line: `valid=<count> rate=<instances per second>`; formats are asserted, as on our side.
"""
import json
import sys
import time

import jsonschema_rs

schema = json.load(open(sys.argv[1]))
instances = json.load(open(sys.argv[2]))
seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 2.0
validator = jsonschema_rs.validator_for(schema, validate_formats=True)
is_valid = validator.is_valid

valid = sum(1 for instance in instances if is_valid(instance))
rounds = []
spent = 0.0
while spent < seconds or len(rounds) < 3:
    start = time.process_time()
    for instance in instances:
        is_valid(instance)
    rounds.append(time.process_time() - start)
    spent += rounds[-1]
best = min(rounds)
print(f"valid={valid} rate={len(instances) / best:.0f} version={jsonschema_rs.__version__ if hasattr(jsonschema_rs, '__version__') else '?'}")
