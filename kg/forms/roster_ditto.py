"""Ditto addresses: a business address printed as 'Same as above' (or 'Same', 'Ditto') is the address of
the entry printed just above, when that entry prints an address of its own in its entry (or is itself
a ditto, in a run of dittos under a printed address). No address above (an empty cell, the first
entry) gives no reading: the ditto is left out with a `roster-ambiguous` finding, and no default
from the preamble fills it."""
from __future__ import annotations

import re

from kg.context import Context
from kg.forms.roster_entry import Entry

DITTO = re.compile(r"\s*(?:same(?:\s+as\s+(?:above|previous|preceding|the\s+(?:above|previous|preceding)))?|ditto|do\.)"
                   r"\s*[.;,]?\s*", re.I)


def resolve_dittos(ctx: Context, entries: list[Entry]) -> None:
    """Replace each ditto address of `entries` (one roster table's entries) by the address above it."""
    ordered = sorted(entries, key=lambda e: e.evidence[0])
    printed = {id(e): e.fields.get("address") for e in ordered}  # (as printed, before any ditto is resolved)
    for above, entry in zip([None, *ordered], ordered):
        value = printed[id(entry)]
        if not value or not DITTO.fullmatch(value.replace("\n", " ")):
            continue
        source = above.fields.get("address") if above is not None else None
        if source and not DITTO.fullmatch(source.replace("\n", " ")):
            entry.fields["address"] = source  # (the address above: printed there, or a ditto resolved from a
            continue  # run of dittos that starts at a printed address)
        del entry.fields["address"]
        entry.refused.add("address")
        ctx.warn("roster-ambiguous", f"the address of {entry.name!r} is printed {value.strip()!r} and the entry above "
                 "prints no address of its own; it is left out", span=entry.evidence, readings=[entry.name, None],
                 field="address")
