#!/usr/bin/env python3
"""Write large specs for measuring the generator's time and memory on big inputs (a developer tool, not CI).

Usage:
    python3 scripts/make-hostile-specs.py OUTDIR

Writes, the same bytes on every run (a fixed seed, no dependency beyond the standard library):
  x20.json, x20.yaml  a small valid OpenAPI 3.1 spec plus about 20 MB of objects in an array under
                      `x-bulk-data`, a vendor extension that nothing reads;
  big5.json           a 5 MB spec with many component schemas, and operations that use them;
  big50.json          the same at 50 MB.

Then, for instance:
    /usr/bin/time -v .build/release/generator generate OUTDIR/x20.yaml --output /tmp/hostile-out
"""

import json
import os
import random
import re
import sys

MB = 1_000_000
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett"]


def small_spec(title):
    """A valid OpenAPI 3.1 spec with one operation and two schemas."""
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1.0.0"},
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "getItem",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "The item",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
                    },
                },
                "Tag": {"type": "string", "enum": ["new", "used"]},
            }
        },
    }


def bulk_items(rng, target_bytes):
    """Objects for the vendor extension, about `target_bytes` of them as JSON, one a line (see `bulk_json`)."""
    items = []
    size = 0
    while size < target_bytes:
        item = {
            "id": len(items),
            "name": f"{rng.choice(WORDS)}-{rng.randrange(1_000_000)}",
            "score": round(rng.uniform(0, 1000), 2),
            "active": rng.random() < 0.5,
            "tags": rng.sample(WORDS, 2),
        }
        items.append(item)
        size += len(json.dumps(item)) + 4  # indented by two, a comma and a newline
    return items


PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n"}


def yaml_scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if PLAIN.fullmatch(value) and value.lower() not in RESERVED:
        return value
    return json.dumps(value)  # a JSON string (ASCII here) is a YAML double-quoted scalar


def bulk_json(spec, key):
    """The spec as indented JSON, except for the array under `key`: one compact object a line."""
    head = json.dumps({k: v for k, v in spec.items() if k != key}, indent=1)
    items = ",\n".join("  " + json.dumps(item) for item in spec[key])
    return head[:-2] + f',\n {json.dumps(key)}: [\n{items}\n ]\n}}\n'


def yaml_lines(value, indent):
    """Block-style YAML for dicts and lists of scalars, dicts and lists; lists of scalars in flow style."""
    pad = " " * indent
    if isinstance(value, dict):
        for key, member in value.items():
            if isinstance(member, (dict, list)) and member and not is_scalar_list(member):
                yield f"{pad}{yaml_scalar(key)}:"
                yield from yaml_lines(member, indent + 2)
            else:
                yield f"{pad}{yaml_scalar(key)}: {yaml_flow(member)}"
    else:
        for element in value:
            if isinstance(element, dict) and element:
                lines = list(yaml_lines(element, indent + 2))
                yield f"{pad}- " + lines[0][indent + 2:]
                yield from lines[1:]
            else:
                yield f"{pad}- {yaml_flow(element)}"


def is_scalar_list(value):
    return isinstance(value, list) and all(not isinstance(element, (dict, list)) for element in value)


def yaml_flow(value):
    if isinstance(value, list):
        return "[" + ", ".join(yaml_flow(element) for element in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{yaml_scalar(k)}: {yaml_flow(v)}" for k, v in value.items()) + "}"
    return yaml_scalar(value)


def indented_size(value, depth):
    """The size of `value` in `json.dumps(..., indent=1)` output, nested `depth` levels deep."""
    text = json.dumps(value, indent=1)
    return len(text) + depth * text.count("\n")


def many_schemas(rng, target_bytes, title):
    """A spec with enough object schemas (each referencing others) and list operations to reach the size."""
    spec = small_spec(title)
    schemas = spec["components"]["schemas"]
    paths = spec["paths"]
    size = indented_size(spec, depth=0)
    index = 0
    while size < target_bytes:
        name = f"Record{index}"
        properties = {
            f"field{number}": {"type": rng.choice(["string", "integer", "number", "boolean"]),
                               "description": f"Field {number} of {name}."}
            for number in range(rng.randrange(5, 15))
        }
        if index > 0:
            properties["related"] = {"$ref": f"#/components/schemas/Record{rng.randrange(index)}"}
        schemas[name] = {"type": "object", "required": ["field0"], "properties": properties}
        added = indented_size({name: schemas[name]}, depth=2)
        if index % 10 == 0:
            paths[f"/records{index}"] = {
                "get": {
                    "operationId": f"listRecord{index}",
                    "responses": {"200": {"description": "The records", "content": {"application/json": {
                        "schema": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}}}}},
                }
            }
            added += indented_size({f"/records{index}": paths[f"/records{index}"]}, depth=1)
        size += added
        index += 1
    return spec


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    print(f"{path}: {os.path.getsize(path) / MB:.1f} MB")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)

    spec = small_spec("Bulk extension")
    spec["x-bulk-data"] = bulk_items(random.Random(20), 20 * MB)
    write(os.path.join(outdir, "x20.json"), bulk_json(spec, "x-bulk-data"))
    write(os.path.join(outdir, "x20.yaml"), "\n".join(yaml_lines(spec, 0)) + "\n")

    for megabytes in (5, 50):
        big = many_schemas(random.Random(megabytes), megabytes * MB, f"Many schemas ({megabytes} MB)")
        write(os.path.join(outdir, f"big{megabytes}.json"), json.dumps(big, indent=1) + "\n")


if __name__ == "__main__":
    main()
