#!/usr/bin/env python3
"""Puts the schema of every test group of the JSON Schema test suite (draft 2020-12, required tests) into
one OpenAPI 3.1 document as component schemas, and writes the test cases beside it.

Each group's `#` references are rewritten to point into its own component (`#/$defs/a` becomes
`#/components/schemas/<group>/$defs/a`), which is what its own `$id` would achieve. Groups whose schemas
need what a single document cannot give (remote documents, `$id`-relative or anchor references,
`$dynamicRef`) or a keyword the generated validators do not implement (`unevaluated*`) are left out, each
with its reason.

    suite_generated.py SUITE_DIR OUT_DIR   -> OUT_DIR/openapi.json, OUT_DIR/cases.json, OUT_DIR/left-out.txt
"""
import json
import os
import re
import sys

UNSUPPORTED_KEYWORDS = {
    "unevaluatedProperties": "unevaluatedProperties is not implemented by generated validators",
    "unevaluatedItems": "unevaluatedItems is not implemented by generated validators",
    "$dynamicRef": "$dynamicRef needs the dynamic scope of a schema resource",
    "$recursiveRef": "$recursiveRef (2019-09) is not a 2020-12 keyword",
}


def walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def reason_to_leave_out(schema):
    for node in walk(schema):
        for keyword, reason in UNSUPPORTED_KEYWORDS.items():
            if keyword in node:
                return reason
        reference = node.get("$ref")
        if isinstance(reference, str) and not reference.startswith("#"):
            return f"$ref {reference} names another document or an $id"
        if isinstance(reference, str) and reference.startswith("#") and not reference.startswith("#/") and reference != "#":
            return f"$ref {reference} is an anchor"
    for node in walk(schema):
        if node is not schema and isinstance(node.get("$id"), str):
            return "embedded $id (a schema resource of its own)"
    return None


def rewritten(node, component):
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                result[key] = "#/components/schemas/" + component + value[1:]
            elif key in ("$schema", "$id", "$comment"):
                continue
            elif key in ("const", "enum", "default", "examples"):
                result[key] = value
            else:
                result[key] = rewritten(value, component)
        return result
    if isinstance(node, list):
        return [rewritten(value, component) for value in node]
    return node


def main():
    suite, out = sys.argv[1], sys.argv[2]
    schemas, cases, left_out = {}, [], []
    for file_name in sorted(os.listdir(suite)):
        if not file_name.endswith(".json"):
            continue
        with open(os.path.join(suite, file_name)) as handle:
            groups = json.load(handle)
        stem = file_name[:-5]
        for index, group in enumerate(groups):
            name = "T" + re.sub(r"[^A-Za-z0-9]+", "_", stem) + "_" + str(index)
            schema = group["schema"]
            reason = reason_to_leave_out(schema) if isinstance(schema, dict) else None
            if reason:
                left_out.append((f"{stem} #{index} ({group['description']})", reason, len(group["tests"])))
                continue
            schemas[name] = rewritten(schema, name) if isinstance(schema, dict) else schema
            for test in group["tests"]:
                cases.append({
                    "schema": name, "group": f"{stem} #{index}: {group['description']}", "description": test["description"],
                    "data": json.dumps(test["data"]), "valid": test["valid"],
                })
    document = {
        "openapi": "3.1.0",
        "info": {"title": "JSON Schema test suite, draft 2020-12", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "openapi.json"), "w") as handle:
        json.dump(document, handle, indent=1)
    with open(os.path.join(out, "cases.json"), "w") as handle:
        json.dump(cases, handle)
    with open(os.path.join(out, "left-out.txt"), "w") as handle:
        for group, reason, count in left_out:
            handle.write(f"{group}: {reason} ({count} tests)\n")
    print(f"{len(schemas)} groups as components, {len(cases)} tests; {len(left_out)} groups left out "
          f"({sum(count for _, _, count in left_out)} tests)")


if __name__ == "__main__":
    main()
