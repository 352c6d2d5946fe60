"""Every bundled filing's extraction keeps the rules of the contract (extract-json.md)."""
from __future__ import annotations

import re

import pytest
from conftest import DATA, ROOT

import kg
from kg.lookups import WARNING_CODES
from kg.records import to_dict

FILES = sorted(p for folder in ("seed", "filings", "xml", "rosters", "edgar") for p in (DATA / folder).iterdir()
               if p.suffix in (".txt", ".htm", ".html", ".xml")) + sorted((ROOT / "examples/filings").iterdir())
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SHARES = {"sole_voting_power", "shared_voting_power", "sole_dispositive_power", "shared_dispositive_power",
          "aggregate_amount", "shares", "count", "shares_after"}


def walk(value, path="$"):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")
    else:
        yield path, value


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_extraction_keeps_the_contract(path):
    data = to_dict(kg.extract(path))
    for where, value in walk(data):
        if ".printed." in where or ".spans." in where:
            continue
        key = where.rsplit(".", 1)[-1].split("[")[0]
        assert value != "", f"{where}: empty string instead of null"
        if key in ("date", "event_date", "filed_date", "as_of") and value is not None:
            assert ISO_DATE.match(value), f"{where}: {value!r} is not an ISO date"
        if key in SHARES and value is not None:
            assert isinstance(value, int) and not isinstance(value, bool), f"{where}: {value!r}"
        if key in ("country", "address_country") and value is not None:
            assert re.fullmatch(r"[A-Z]{2}", value), f"{where}: {value!r}"
        if key == "region" and value is not None:
            assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", value), f"{where}: {value!r}"
        if key == "cik" and value is not None:
            assert re.fullmatch(r"\d{10}", value), f"{where}: {value!r}"
    for cusip in data["issuer"]["cusips"]:
        assert re.fullmatch(r"[0-9A-Z]{9}", cusip)
    assert {w["code"] for w in data["warnings"]} <= set(WARNING_CODES)
    for person in data["people"]:
        assert person["name"] and person["name"] == person["name"].strip()
        assert all(b == b.lower() for b in person["bodies"])
