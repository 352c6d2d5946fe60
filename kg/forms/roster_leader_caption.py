"""The caption over a dot-leader roster: does it say the right column holds occupations (kg/patterns/
roster_leader_caption.yml)? 'Name' / 'Present Principal Occupation and Five-Year Employment History' names no position
held in the listed organisation: where the preamble does not say each occupation refers to employment there, the
column's items are read as a cell that mixes titles there with occupations elsewhere (kg.forms.roster_mixed): an item
naming another employer ('Partner, Skadden') is an occupation there, one naming none is a title in the listed
organisation only where the text says so."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build

_KEYS = ("names_person", "names_occupation", "names_position")


@cache
def _patterns() -> dict[str, re.Pattern]:
    def make(data) -> dict[str, re.Pattern]:
        if not all(isinstance(data[key], str) and data[key] for key in _KEYS):
            raise ValueError(f"{_KEYS}: expected regular expressions")
        return {key: re.compile(data[key], re.I) for key in _KEYS}
    return build("roster_leader_caption.yml", make)


def occupation_caption(above: list[str]) -> bool:
    """True where the block of lines right above a leader roster's first entry (`above`: the lines over it, in order)
    is a caption naming the person and an occupation and nothing held in the listed organisation."""
    block: list[str] = []
    for line in reversed(above):
        if not line.strip():
            if block:
                break
            continue
        block.insert(0, line)
    text = " ".join(" ".join(block).split())
    patterns = _patterns()
    return bool(patterns["names_person"].search(text) and patterns["names_occupation"].search(text)
                and not patterns["names_position"].search(text))
