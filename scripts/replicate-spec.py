#!/usr/bin/env python3
"""Writes a spec replicated N times, for scripts/benchmark-generate.sh's scaling figures.

    replicate-spec.py SPEC N OUTPUT     # SPEC: JSON or YAML; OUTPUT: .json, or .yaml for YAML

Copy k (from 2) renames every component (`Customer` -> `CustomerCopy2`), rewrites the `$ref`s that point
at them, prefixes its paths with `/copy2` and suffixes its operation IDs, so that the result is one valid
spec with N times the schemas, paths and operations and no two names alike. N = 1 converts the format only.
"""
import copy
import json
import sys

import yaml


def load(path):
    with open(path) as file:
        return json.load(file) if path.endswith(".json") else yaml.safe_load(file)


def renamed(value, suffix, components):
    """A deep copy of `value` with references to local components renamed."""
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key == "$ref" and isinstance(item, str) and item.startswith("#/components/"):
                parts = item.split("/")
                if len(parts) >= 4 and parts[3] in components.get(parts[2], {}):
                    parts[3] += suffix
                result[key] = "/".join(parts)
            elif key == "operationId" and isinstance(item, str):
                result[key] = item + suffix
            else:
                result[key] = renamed(item, suffix, components)
        return result
    if isinstance(value, list):
        return [renamed(item, suffix, components) for item in value]
    return value


def replicate(spec, count):
    components = spec.get("components", {})
    # Security schemes are named by `security` requirements, not by $ref: they stay shared.
    renamable = {section: names for section, names in components.items() if section != "securitySchemes"}
    result = copy.deepcopy(spec)
    for index in range(2, count + 1):
        suffix = f"Copy{index}"
        for section, names in renamable.items():
            for name, value in names.items():
                result["components"][section][name + suffix] = renamed(value, suffix, renamable)
        for path, item in spec.get("paths", {}).items():
            result["paths"][f"/copy{index}{path}"] = renamed(item, suffix, renamable)
    return result


spec_path, count, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
result = replicate(load(spec_path), count)
with open(output, "w") as file:
    if output.endswith(".json"):
        json.dump(result, file, indent=1)
    else:
        yaml.safe_dump(result, file, sort_keys=False, allow_unicode=True, width=1000)
