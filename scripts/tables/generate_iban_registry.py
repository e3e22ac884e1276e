#!/usr/bin/env python3
"""Regenerates the IBAN registry table and its sample fixture:

    Sources/SpecwrightValidation/Domain/IBANRegistryTable.swift
    Tests/SpecwrightValidationTests/Domain/IBANRegistrySamples.swift

    pip install schwifty python-stdnum
    python3 scripts/tables/generate_iban_registry.py

Source: the SWIFT IBAN Registry as schwifty ships it (schwifty/iban_registry/generated.json, which
schwifty's scripts/get_iban_registry.py parses from SWIFT's "IBAN Registry (TXT)"). schwifty records no
SWIFT release number, so the table names its data by the schwifty version.

Every country's entry is checked before anything is written, and the script stops on any surprise:
- within schwifty: `iban_spec` is the country code (the parent's for a territory), `2!n` and `bban_spec`; the lengths match the structure;
  every territory has its parent's format; the structures in overwrite.json (finer field splits of the
  same positions) expand to the same characters, aspirational (not yet registered) countries aside;
- against python-stdnum's copy of the registry (stdnum/iban.dat, which names its release): the same
  countries, and the same structure for each unless the difference is known (KNOWN_DIFFERENCES).

The fixture holds SAMPLES_PER_COUNTRY IBANs per country from schwifty's `IBAN.random` (seeded, so that
the output is reproducible): half with bank codes from its bank registries where it has them, half random.
"""
import json
import pathlib
import random
import re
import sys
import warnings

import schwifty
import stdnum
from schwifty import IBAN

ROOT = pathlib.Path(__file__).resolve().parents[2]
TABLE = ROOT / "Sources/SpecwrightValidation/Domain/IBANRegistryTable.swift"
SAMPLES = ROOT / "Tests/SpecwrightValidationTests/Domain/IBANRegistrySamples.swift"
SAMPLES_PER_COUNTRY = 4
SEED = 13

# Territories with their own ISO 3166 code that the registry lists under another country's entry.
TERRITORIES = {
    "FI": ["AX"],  # Åland Islands
    "FR": ["BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT"],
    "GB": ["GG", "IM", "JE"],  # Guernsey, Isle of Man, Jersey
}

# Where the registry changed after python-stdnum's release, with the structure stdnum still has.
KNOWN_DIFFERENCES = {
    "BR": "8!n5!n10!n1!a1!c",  # the bank code and the account type became alphanumeric
}


def expand(spec):
    """'4!n2!a' -> 'nnnnaa': one class letter per BBAN position."""
    if not spec or re.sub(r"\d+![nac]", "", spec):
        sys.exit(f"unexpected BBAN structure: {spec!r}")
    return "".join(kind * int(count) for count, kind in re.findall(r"(\d+)!([nac])", spec))


def read_schwifty():
    directory = pathlib.Path(schwifty.__file__).parent / "iban_registry"
    registry = json.loads((directory / "generated.json").read_text())
    overwrites = json.loads((directory / "overwrite.json").read_text())
    problems = []
    parents = {t: parent for parent, ts in TERRITORIES.items() for t in ts}
    for code, entry in sorted(registry.items()):
        bban = entry["bban_spec"]
        prefix, iban_structure = entry["iban_spec"][:2], entry["iban_spec"][2:]
        if prefix != parents.get(code, code) or expand(iban_structure) != "nn" + expand(bban):
            problems.append(f"{code}: iban_spec {entry['iban_spec']} is not {parents.get(code, code)}2!n{bban}")
        if entry["bban_length"] != len(expand(bban)) or entry["iban_length"] != len(expand(bban)) + 4:
            problems.append(f"{code}: lengths {entry['bban_length']}/{entry['iban_length']} do not match {bban}")
    for parent, territories in TERRITORIES.items():
        for territory in territories:
            if registry.get(territory, {}).get("bban_spec") != registry[parent]["bban_spec"]:
                problems.append(f"{territory}: not the format of {parent}")
    for code, entry in sorted(overwrites.items()):
        if "bban_spec" in entry and not entry.get("aspirational"):
            if code not in registry or expand(entry["bban_spec"]) != expand(registry[code]["bban_spec"]):
                problems.append(f"{code}: overwrite.json's {entry['bban_spec']} changes the registry's structure")
    if problems:
        sys.exit("schwifty's registry is inconsistent:\n  " + "\n  ".join(problems))
    return registry


def read_stdnum():
    path = pathlib.Path(stdnum.__file__).parent / "iban.dat"
    lines = path.read_text().splitlines()
    release = re.search(r"iban-registry-v(\d+)", lines[0])
    if not release:
        sys.exit(f"cannot find the registry release in the first line of {path}: {lines[0]!r}")
    entries = {}
    for line in lines:
        match = re.match(r'(\w\w) country="([^"]*)" bban="([^"]*)"', line)
        if match:
            code, name, bban = match.groups()
            entries[code] = (name, bban)
    return release.group(1), entries


def cross_check(registry, stdnum_release, stdnum_entries):
    territories = {t for ts in TERRITORIES.values() for t in ts}
    if set(registry) != set(stdnum_entries) | territories:
        sys.exit(f"country sets differ: only schwifty {set(registry) - set(stdnum_entries) - territories}, "
                 f"only stdnum {set(stdnum_entries) - set(registry)}")
    differences = {code: bban for code, (_, bban) in stdnum_entries.items() if bban != registry[code]["bban_spec"]
                   and expand(bban) != expand(registry[code]["bban_spec"])}
    if differences != KNOWN_DIFFERENCES:
        sys.exit(f"differences from release {stdnum_release} (python-stdnum {stdnum.__version__}): {differences}, "
                 f"expected {KNOWN_DIFFERENCES}")
    print(f"{len(registry)} codes checked; differs from release {stdnum_release} (python-stdnum "
          f"{stdnum.__version__}) only in {sorted(differences)}")


def write_table(registry, names, stdnum_release):
    rows = []
    for code in sorted(names):
        bban = registry[code]["bban_spec"]
        length = registry[code]["iban_length"]
        rows.append(f'        Entry("{code}", length: {length}, bban: "{bban}"),  // {names[code]}')
        for territory in TERRITORIES.get(code, []):
            rows.append(f'        Entry("{territory}", length: {length}, bban: "{bban}", partOf: "{code}"),')
    territory_count = sum(len(t) for t in TERRITORIES.values())
    changes = "; ".join(f"{code} {registry[code]['bban_spec']}, was {old}" for code, old in KNOWN_DIFFERENCES.items())
    TABLE.write_text("\n".join([
        "// Generated by scripts/tables/generate_iban_registry.py; do not edit by hand.",
        f"// Source: the SWIFT IBAN Registry as shipped in schwifty {schwifty.__version__}",
        "// (schwifty/iban_registry/generated.json; schwifty records no SWIFT release number).",
        f"// Cross-checked against release {stdnum_release} (python-stdnum {stdnum.__version__}), which differs only in: {changes}.",
        f"// {len(names)} registry countries plus {territory_count} territories that use their parent's format.",
        "// BBAN structure notation (the registry's): n = digits, a = uppercase letters, c = letters or digits.",
        "",
        "extension IBANRegistry {",
        "    /// Where the table's data comes from: the copy of the SWIFT IBAN Registry in this version of schwifty",
        "    /// (a later registry release than 101, which python-stdnum ships).",
        f'    public static let source = "schwifty {schwifty.__version__}"',
        "",
        "    /// Every country and territory with an IBAN format, sorted by country code, territories after their parent.",
        "    public static let entries: [Entry] = [",
        *rows,
        "    ]",
        "}",
        "",
    ]))
    print(f"wrote {len(names)} countries and {territory_count} territories to {TABLE.relative_to(ROOT)}")


def samples(registry):
    rng = random.Random(SEED)
    result = {}
    for code in sorted(registry):
        found = [str(IBAN.random(country_code=code, random=rng, use_registry=index % 2 == 0))
                 for index in range(SAMPLES_PER_COUNTRY)]
        result[code] = found
    # A Brazilian bank code with letters, which release 101's structure rejected.
    while not any(re.search(r"[A-Z]", iban[4:12]) for iban in result["BR"]):
        result["BR"][-1] = str(IBAN.random(country_code="BR", random=rng, use_registry=False))
    for ibans in result.values():
        for iban in ibans:
            IBAN(iban)  # schwifty's own validation: structure, length and check digits
    return result


def write_samples(result):
    lines = [
        f"// Generated by scripts/tables/generate_iban_registry.py with schwifty {schwifty.__version__} (seed {SEED}).",
        "",
        f"/// {SAMPLES_PER_COUNTRY} valid IBANs for every country and territory of the registry, generated by schwifty",
        "/// (`IBAN.random`), an independent implementation: every one must pass `IBAN.validate`.",
        "enum IBANRegistrySamples {",
        "    static let valid: [String] = [",
        *("        " + ", ".join(f'"{iban}"' for iban in ibans) + "," for ibans in result.values()),
        "    ]",
        "}",
        "",
    ]
    SAMPLES.write_text("\n".join(lines))
    print(f"wrote {sum(map(len, result.values()))} sample IBANs to {SAMPLES.relative_to(ROOT)}")


def main():
    warnings.simplefilter("ignore")  # schwifty warns about national check digits it cannot verify
    registry = read_schwifty()
    stdnum_release, stdnum_entries = read_stdnum()
    cross_check(registry, stdnum_release, stdnum_entries)
    write_table(registry, {code: name for code, (name, _) in stdnum_entries.items()}, stdnum_release)
    write_samples(samples(registry))


if __name__ == "__main__":
    main()
