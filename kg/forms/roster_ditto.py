"""Ditto marks: a business address or a citizenship printed as 'Same as above' ('Same', 'Ditto', 'Do.', a typed
'"', '-- same --': kg/patterns/roster_ditto.yml) is the value of the entry printed just above, when that entry
prints a value of its own in its entry (or is itself a ditto, in a run of dittos under a printed value). No value
above (an empty cell, the first entry) gives no reading: the ditto is left out with a `roster-ambiguous` finding,
and no default from the preamble fills it."""
from __future__ import annotations

import re
from functools import cache

from kg.context import Context
from kg.forms.roster_entry import Entry
from kg.patterns import build


@cache
def _ditto() -> tuple[re.Pattern, tuple[str, ...]]:
    def make(data):
        marks = "|".join(f"(?:{mark})" for mark in data["marks"])
        fields = tuple(data["fields"])
        if not fields or any(field not in ("address", "citizenship") for field in fields):
            raise ValueError(f"fields must be address or citizenship: {fields}")
        return re.compile(rf"\s*(?:{marks})\s*[.;,]?\s*", re.I), fields
    return build("roster_ditto.yml", make)


def is_ditto(value: str | None) -> bool:
    return bool(value) and bool(_ditto()[0].fullmatch(value.replace("\n", " ")))


def resolve_dittos(ctx: Context, entries: list[Entry]) -> None:
    """Replace each ditto value of `entries` (one roster table's entries) by the value above it."""
    ordered = sorted(entries, key=lambda e: e.evidence[0])
    for field in _ditto()[1]:
        printed = {id(e): e.fields.get(field) for e in ordered}  # (as printed, before any ditto is resolved)
        for above, entry in zip([None, *ordered], ordered):
            value = printed[id(entry)]
            if not is_ditto(value):
                continue
            source = above.fields.get(field) if above is not None else None
            if source and not is_ditto(source):
                entry.fields[field] = source  # (the value above: printed there, or a ditto resolved from a run of
                start = above.value_spans.get(field, above.evidence)[0]  # dittos that starts at a printed value)
                entry.value_spans[field] = (start, entry.evidence[1])  # (read over the rows down to this one)
                continue
            del entry.fields[field]
            entry.refused.add(field)
            ctx.warn("roster-ambiguous", f"the {field} of {entry.name!r} is printed {value.strip()!r} and the entry "
                     f"above prints no {field} of its own; it is left out", span=entry.evidence,
                     readings=[entry.name, None], field=field)
