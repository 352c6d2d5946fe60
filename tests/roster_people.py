"""The people kg reads from a roster text written to a file (name -> the person's record as a dict): one helper for
the round tests (tests/test_roster_round*.py) that read a text of their own making."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def read_people(tmp_path: Path, text: str, file_name: str = "roster.txt") -> dict[str, dict]:
    path = tmp_path / file_name
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


def read_people_or_none(tmp_path: Path, text: str) -> dict[str, dict]:
    """As `read_people`, but a roster kg refuses whole (a typed error) reads as no people."""
    try:
        return read_people(tmp_path, text)
    except kg.errors.KgError:
        return {}
