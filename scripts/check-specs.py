#!/usr/bin/env python3
"""Check the provider specs in specs/ and their fixtures (a developer tool, not part of CI).

Usage:
    python3 scripts/check-specs.py [SPEC ...]      # default: every specs/*.json, *.yaml, *.yml

Needs: pip install openapi-spec-validator jsonschema pyyaml schwifty pycountry rfc3339-validator

For each spec it checks that
  1. the file reads as plain JSON data: no YAML 1.1 surprises (unquoted dates, non-string mapping keys
     such as unquoted status codes or `on`/`yes` read as booleans);
  2. it is a valid OpenAPI document (openapi-spec-validator, version taken from the `openapi` field);
  3. every example validates against the schema it illustrates: `example`/`examples` on a schema, and
     `example`/`examples` (Example objects' `value`, also through an internal `$ref`) on a media type,
     parameter or header;
  4. every `x-state-machine` on a component schema is consistent: `property` is a property of the schema
     whose enum lists exactly `states`; `initial`, `terminal`, `from` and `to` name states; every
     transition's `command` is a component schema;
  5. every fixture in Tests/ProviderTests/Fixtures/<Provider>/ (the folder whose name, lowercased, equals
     the spec's file stem without dashes) behaves as recorded:
       valid/*.json    {"schema": NAME, "payload": ...}                     -> no validation error;
       invalid/*.json  {"schema": NAME, "rule": ..., "keyword": ..., "instanceLocation": ..., "payload": ...}
                       -> exactly one top-level error, raised by `keyword` at `instanceLocation` (a JSON
                          pointer; for `required` the object that lacks the property). NAME is a key of
                          components.schemas.

Schemas are validated with `jsonschema`: OpenAPI 3.1 as JSON Schema 2020-12, OpenAPI 3.0 as draft 4 after
turning `nullable: true` into a type that admits null. Formats are asserted: jsonschema's own checkers
(date, date-time, uuid, email, ...), int32/int64 ranges, and the domain formats of the runtime validation
library: iban (ISO 13616, via schwifty), bic (ISO 9362: 4 alphanumerics, an ISO 3166 alpha-2 country or XK,
2 alphanumerics, optional 3 alphanumerics), country (English name, alpha-2 or alpha-3), country-alpha2,
country-alpha3, country-numeric, country-name, stellar-account-id (StrKey G address with CRC16 checksum).

Exit status 0 when everything passes, 1 otherwise.
"""

import base64
import datetime
import json
import pathlib
import re
import sys

import jsonschema
import pycountry
import yaml
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012
from schwifty import IBAN

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "ProviderTests" / "Fixtures"
SPEC_URI = "urn:specwright:spec"

# --- formats -------------------------------------------------------------------------------------

format_checker = jsonschema.FormatChecker()

ALPHA2 = {c.alpha_2 for c in pycountry.countries}
ALPHA3 = {c.alpha_3 for c in pycountry.countries}
NUMERIC = {c.numeric for c in pycountry.countries}
NAMES = {
    getattr(c, attribute).casefold()
    for c in pycountry.countries
    for attribute in ("name", "official_name", "common_name")
    if hasattr(c, attribute)
}


@format_checker.checks("int32")
def is_int32(value):
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@format_checker.checks("int64")
def is_int64(value):
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@format_checker.checks("iban")
def is_iban(value):
    if not isinstance(value, str):
        return True
    try:
        IBAN(value)  # accepts the electronic form and the print form with spaces
        return True
    except ValueError:
        return False


BIC = re.compile(r"[A-Z0-9]{4}([A-Z]{2})[A-Z0-9]{2}(?:[A-Z0-9]{3})?")


@format_checker.checks("bic")
def is_bic(value):
    if not isinstance(value, str):
        return True
    match = BIC.fullmatch(value)
    return bool(match) and (match.group(1) in ALPHA2 or match.group(1) == "XK")


@format_checker.checks("country-alpha2")
def is_alpha2(value):
    return not isinstance(value, str) or value in ALPHA2


@format_checker.checks("country-alpha3")
def is_alpha3(value):
    return not isinstance(value, str) or value in ALPHA3


@format_checker.checks("country-numeric")
def is_numeric_country(value):
    return not isinstance(value, str) or value in NUMERIC


@format_checker.checks("country-name")
def is_country_name(value):
    return not isinstance(value, str) or value.casefold() in NAMES


@format_checker.checks("country")
def is_country(value):
    return not isinstance(value, str) or value in ALPHA2 or value in ALPHA3 or value.casefold() in NAMES


def crc16_xmodem(data):
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


@format_checker.checks("stellar-account-id")
def is_stellar_account_id(value):
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"G[A-Z2-7]{55}", value):
        return False
    raw = base64.b32decode(value)
    payload, checksum = raw[:-2], raw[-2:]
    return payload[0] == 6 << 3 and crc16_xmodem(payload).to_bytes(2, "little") == checksum


# --- reading ---------------------------------------------------------------------------------------


def read_spec(path, problems):
    text = path.read_text()
    try:
        document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as error:
        problems.append(f"unreadable: {error}".replace("\n", " "))
        return None

    def walk(node, pointer):
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str):
                    problems.append(f"{pointer or '/'}: key {key!r} reads as {type(key).__name__}; quote it")
                walk(value, f"{pointer}/{escape(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")
        elif isinstance(node, (datetime.date, datetime.datetime)):
            problems.append(f"{pointer}: value reads as a {type(node).__name__}; quote it")

    walk(document, "")
    return document


def escape(token):
    return token.replace("~", "~0").replace("/", "~1")


def resolve(document, pointer):
    """The node at an internal JSON pointer (`/a/b~1c`), or None."""
    node = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            return None
    return node


def pointer_of(path):
    return "".join("/" + escape(str(part)) for part in path)


# --- schemas ---------------------------------------------------------------------------------------


def as_json_schema_30(node):
    """OpenAPI 3.0 schema -> draft 4: `nullable: true` admits null."""
    if isinstance(node, list):
        return [as_json_schema_30(item) for item in node]
    if not isinstance(node, dict):
        return node
    converted = {key: as_json_schema_30(value) for key, value in node.items()}
    if converted.get("nullable") is True and "$ref" not in converted:
        if isinstance(converted.get("type"), str):
            converted["type"] = [converted["type"], "null"]
        if "enum" in converted and None not in converted["enum"]:
            converted["enum"] = converted["enum"] + [None]
    return converted


class SpecSchemas:
    """Validates instances against schemas addressed by JSON pointer into the spec."""

    def __init__(self, document):
        self.is_30 = str(document.get("openapi", "")).startswith("3.0")
        contents = as_json_schema_30(document) if self.is_30 else document
        specification = DRAFT4 if self.is_30 else DRAFT202012
        self.validator_class = jsonschema.Draft4Validator if self.is_30 else jsonschema.Draft202012Validator
        self.registry = Registry().with_resource(SPEC_URI, Resource(contents=contents, specification=specification))

    def errors(self, pointer, instance):
        validator = self.validator_class(
            {"$ref": f"{SPEC_URI}#{pointer}"}, registry=self.registry, format_checker=format_checker
        )
        return list(validator.iter_errors(instance))


SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = (
    "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "additionalItems",
)


def schema_examples(schema, pointer, found):
    """Examples on a schema object and all its subschemas: (schema pointer, example pointer, value)."""
    if not isinstance(schema, dict):
        return
    if "example" in schema:
        found.append((pointer, f"{pointer}/example", schema["example"]))
    if isinstance(schema.get("examples"), list):
        for index, value in enumerate(schema["examples"]):
            found.append((pointer, f"{pointer}/examples/{index}", value))
    for key in SUBSCHEMA_MAPS:
        for name, subschema in (schema.get(key) or {}).items():
            schema_examples(subschema, f"{pointer}/{key}/{escape(name)}", found)
    for key in SUBSCHEMA_LISTS:
        for index, subschema in enumerate(schema.get(key) or []):
            schema_examples(subschema, f"{pointer}/{key}/{index}", found)
    for key in SUBSCHEMA_SINGLE:
        if isinstance(schema.get(key), dict):
            schema_examples(schema[key], f"{pointer}/{key}", found)


def all_examples(document):
    found = []
    for name, schema in (document.get("components", {}).get("schemas") or {}).items():
        schema_examples(schema, f"/components/schemas/{escape(name)}", found)

    def walk(node, pointer):
        if isinstance(node, dict):
            if "schema" in node and isinstance(node["schema"], dict):
                # A media type, parameter or header: its examples illustrate its schema.
                schema_pointer = f"{pointer}/schema"
                if "example" in node:
                    found.append((schema_pointer, f"{pointer}/example", node["example"]))
                for name, example in (node.get("examples") or {}).items():
                    example_pointer = f"{pointer}/examples/{escape(name)}"
                    if isinstance(example, dict) and "$ref" in example:
                        example_pointer = example["$ref"].lstrip("#")
                        example = resolve(document, example_pointer)
                    if isinstance(example, dict) and "value" in example:
                        found.append((schema_pointer, f"{example_pointer}/value", example["value"]))
                schema_examples(node["schema"], schema_pointer, found)
            for key, value in node.items():
                if not (pointer == "/components" and key == "schemas"):
                    walk(value, f"{pointer}/{escape(str(key))}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{pointer}/{index}")

    walk(document, "")
    return found


def describe(error):
    return f"{error.validator} at {pointer_of(error.absolute_path) or '/'}: {error.message[:160]}"


# --- checks ----------------------------------------------------------------------------------------


def check_state_machines(document, problems):
    schemas = document.get("components", {}).get("schemas") or {}
    for name, schema in schemas.items():
        machine = schema.get("x-state-machine") if isinstance(schema, dict) else None
        if machine is None:
            continue
        where = f"/components/schemas/{escape(name)}/x-state-machine"
        states = machine.get("states") or []
        property_schema = (schema.get("properties") or {}).get(machine.get("property"))
        if property_schema is None:
            problems.append(f"{where}: property {machine.get('property')!r} is not a property of {name}")
        else:
            if "$ref" in property_schema:
                property_schema = resolve(document, property_schema["$ref"].lstrip("#")) or {}
            if property_schema.get("enum") != states:
                problems.append(f"{where}: states {states} differ from the enum of {machine.get('property')}")
        named = [machine.get("initial")] + list(machine.get("terminal") or [])
        for index, transition in enumerate(machine.get("transitions") or []):
            named += list(transition.get("from") or []) + [transition.get("to")]
            command = transition.get("command")
            if command is not None and command not in schemas:
                problems.append(f"{where}/transitions/{index}: command {command!r} is not a component schema")
            if command is None and not transition.get("trigger"):
                problems.append(f"{where}/transitions/{index}: neither command nor trigger")
        for state in named:
            if state not in states:
                problems.append(f"{where}: {state!r} is not one of the states")


def fixture_folder(spec_path):
    wanted = spec_path.stem.replace("-", "").lower()
    if FIXTURES.is_dir():
        for folder in FIXTURES.iterdir():
            if folder.is_dir() and folder.name.lower() == wanted:
                return folder
    return None


def check_fixtures(spec_path, document, schemas, problems):
    folder = fixture_folder(spec_path)
    if folder is None:
        problems.append(f"no fixture folder for {spec_path.name} in {FIXTURES.relative_to(ROOT)}")
        return 0, 0
    names = set(document.get("components", {}).get("schemas") or {})
    counts = {"valid": 0, "invalid": 0}
    for kind, keys in (("valid", {"schema", "payload"}),
                       ("invalid", {"schema", "rule", "keyword", "instanceLocation", "payload"})):
        for path in sorted((folder / kind).glob("*.json")):
            label = f"{path.relative_to(ROOT)}"
            fixture = json.loads(path.read_text())
            # `alsoFails`: other keywords that reject the same value by design (a published pattern beside a format).
            if set(fixture) - {"alsoFails"} != keys:
                problems.append(f"{label}: keys {sorted(fixture)} != {sorted(keys)}")
                continue
            if fixture["schema"] not in names:
                problems.append(f"{label}: no component schema {fixture['schema']!r}")
                continue
            errors = schemas.errors(f"/components/schemas/{escape(fixture['schema'])}", fixture["payload"])
            counts[kind] += 1
            if kind == "valid":
                problems.extend(f"{label}: {describe(error)}" for error in errors)
                continue
            expected = (fixture["keyword"], fixture["instanceLocation"])
            allowed = {expected} | {(keyword, expected[1]) for keyword in fixture.get("alsoFails", [])}
            actual = [(error.validator, pointer_of(error.absolute_path)) for error in errors]
            if expected not in actual or not set(actual) <= allowed:
                got = "; ".join(describe(error) for error in errors) or "valid"
                problems.append(f"{label}: expected exactly {expected[0]} at {expected[1] or '/'}, got {got}")
    return counts["valid"], counts["invalid"]


def check(spec_path):
    problems = []
    document = read_spec(spec_path, problems)
    if document is None:
        return problems, f"{spec_path.name}: unreadable"
    if not isinstance(document, dict):
        problems.append("not an OpenAPI document: the top level is not a mapping")
        return problems, f"{spec_path.name}: unreadable"
    try:
        validate_openapi(document)
    except Exception as error:  # the validator raises several exception types
        problems.append(f"invalid OpenAPI: {str(error).splitlines()[0]}")
        return problems, f"{spec_path.name}: invalid"
    schemas = SpecSchemas(document)
    examples = all_examples(document)
    for schema_pointer, example_pointer, value in examples:
        for error in schemas.errors(schema_pointer, value):
            problems.append(f"example {example_pointer}: {describe(error)}")
    check_state_machines(document, problems)
    valid, invalid = check_fixtures(spec_path, document, schemas, problems)
    summary = (f"{spec_path.name}: OpenAPI {document['openapi']} valid; "
               f"{len(examples)} examples; fixtures: {valid} valid, {invalid} invalid")
    return problems, summary


def main(arguments):
    paths = [pathlib.Path(argument) for argument in arguments] or sorted(
        path for pattern in ("*.json", "*.yaml", "*.yml") for path in (ROOT / "specs").glob(pattern)
    )
    failed = False
    for path in paths:
        problems, summary = check(path)
        print(("FAIL " if problems else "ok   ") + summary)
        for problem in problems:
            print(f"       {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
